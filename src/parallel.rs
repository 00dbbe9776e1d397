//! Work split over threads, results in input order: the folder of `pasal
//! check` and the batches of `pasal screen`.

/// Runs `work` on `parts` contiguous parts of `items`, each on its own thread,
/// and returns the parts' results in the order of the items. With one part
/// (or none) it runs on the calling thread. A part whose thread fails is run
/// again on the calling thread, so no item goes without its result. On
/// WebAssembly (the browser page), where a thread cannot start, everything runs
/// on the calling thread.
pub fn in_parts<T: Sync, R: Send>(
    items: &[T],
    parts: usize,
    work: impl Fn(&[T]) -> R + Sync,
) -> Vec<R> {
    if parts <= 1 || items.is_empty() || cfg!(target_family = "wasm") {
        return vec![work(items)];
    }
    let chunks: Vec<&[T]> = items.chunks(items.len().div_ceil(parts)).collect();
    let work = &work;
    std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|part| scope.spawn(move || work(part)))
            .collect();
        handles
            .into_iter()
            .zip(&chunks)
            .map(|(h, part)| h.join().unwrap_or_else(|_| work(part)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_come_back_in_order() {
        let items: Vec<u32> = (0..1000).collect();
        for parts in [0, 1, 2, 3, 7, 2000] {
            let sums: Vec<u32> = in_parts(&items, parts, |p| p.iter().sum());
            assert_eq!(sums.iter().sum::<u32>(), items.iter().sum::<u32>());
            let firsts: Vec<Vec<u32>> = in_parts(&items, parts, |p| p.to_vec());
            assert_eq!(firsts.concat(), items, "{parts} parts");
        }
    }
}
