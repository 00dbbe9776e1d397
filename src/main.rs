//! The `pasal` binary: see `pasal::cli`.

fn main() -> std::process::ExitCode {
    pasal::cli::main()
}
