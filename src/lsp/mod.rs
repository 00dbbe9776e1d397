//! `pasal lsp`: a language server on stdio, from the same compiler. One module
//! per feature; [`Server::handle`] takes one JSON-RPC message and returns the
//! messages to send, so the loop ([`run`]) and the tests share it.
//!
//! Every change recompiles the whole document (full sync) through
//! [`crate::driver`]; positions are UTF-16 ([`position`]).

pub mod completion;
pub mod definition;
pub mod diagnostics;
pub mod formatting;
pub mod hover;
pub mod position;
pub mod state;
pub mod symbols;
pub mod transport;
pub use crate::messages::lsp as words;

use crate::diagnostics::Lang;
use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response, ResponseError};
use lsp_types::notification::{self as note, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    CompletionOptions, InitializeResult, OneOf, PositionEncodingKind, ServerCapabilities,
    ServerInfo, TextDocumentSyncCapability, TextDocumentSyncKind, Uri,
};
use serde::de::DeserializeOwned;
use serde_json::Value;
use state::{Document, State};

/// The language server: its open documents and where the session is.
pub struct Server {
    lang: Lang,
    state: State,
    initialized: bool,
    shut_down: bool,
}

/// What [`Server::handle`] asks of the loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    /// Read the next message.
    Continue,
    /// `exit` arrived: stop with this status (0 after `shutdown`, else 1).
    Exit(u8),
}

impl Server {
    /// A server speaking `lang` in its messages.
    pub fn new(lang: Lang) -> Self {
        Server {
            lang,
            state: State::default(),
            initialized: false,
            shut_down: false,
        }
    }

    /// The open documents.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// Handles one message; returns the messages to send and whether to go on.
    pub fn handle(&mut self, msg: Message) -> (Vec<Message>, Flow) {
        match msg {
            Message::Request(r) => (vec![Message::Response(self.request(r))], Flow::Continue),
            Message::Notification(n) => self.notification(n),
            Message::Response(_) => (Vec::new(), Flow::Continue),
        }
    }

    fn request(&mut self, r: Request) -> Response {
        let lang = self.lang;
        let id = r.id.clone();
        if r.method == req::Initialize::METHOD {
            if self.initialized {
                return error(id, ErrorCode::InvalidRequest, words::BAD_MESSAGE.get(lang));
            }
            self.initialized = true;
            return ok(id, initialize_result());
        }
        if !self.initialized {
            return error(
                id,
                ErrorCode::ServerNotInitialized,
                words::NOT_INITIALIZED.get(lang),
            );
        }
        if r.method == req::Shutdown::METHOD {
            self.shut_down = true;
            return ok(id, Value::Null);
        }
        if self.shut_down {
            return error(id, ErrorCode::InvalidRequest, words::SHUT_DOWN.get(lang));
        }
        match r.method.as_str() {
            req::HoverRequest::METHOD => self.with::<req::HoverRequest>(r, |s, p| {
                let tdp = p.text_document_position_params;
                s.doc(&tdp.text_document.uri)
                    .and_then(|d| hover::hover(d, tdp.position, lang))
            }),
            req::GotoDefinition::METHOD => self.with::<req::GotoDefinition>(r, |s, p| {
                let tdp = p.text_document_position_params;
                let uri = tdp.text_document.uri;
                s.doc(&uri)
                    .and_then(|d| definition::definition(&uri, d, tdp.position))
                    .map(lsp_types::GotoDefinitionResponse::Scalar)
            }),
            req::References::METHOD => self.with::<req::References>(r, |s, p| {
                let tdp = p.text_document_position;
                let uri = tdp.text_document.uri;
                s.doc(&uri).map(|d| {
                    definition::references(&uri, d, tdp.position, p.context.include_declaration)
                })
            }),
            req::DocumentSymbolRequest::METHOD => {
                self.with::<req::DocumentSymbolRequest>(r, |s, p| {
                    s.doc(&p.text_document.uri)
                        .map(|d| lsp_types::DocumentSymbolResponse::Nested(symbols::outline(d)))
                })
            }
            req::Formatting::METHOD => self.with::<req::Formatting>(r, |s, p| {
                let uri = p.text_document.uri;
                s.doc(&uri).map(|d| formatting::format(d, uri.as_str()))
            }),
            req::Completion::METHOD => self.with::<req::Completion>(r, |s, p| {
                let doc = s.doc(&p.text_document_position.text_document.uri);
                Some(lsp_types::CompletionResponse::Array(completion::items(
                    doc, lang,
                )))
            }),
            _ => error(
                id,
                ErrorCode::MethodNotFound,
                words::UNKNOWN_METHOD.get(lang),
            ),
        }
    }

    /// Answers a request of type `R` with `f`, or with an error when its
    /// parameters do not fit.
    fn with<R>(&self, r: Request, f: impl FnOnce(&Self, R::Params) -> R::Result) -> Response
    where
        R: lsp_types::request::Request,
        R::Params: DeserializeOwned,
    {
        match params::<R::Params>(r.params) {
            Some(p) => ok(r.id, f(self, p)),
            None => error(
                r.id,
                ErrorCode::InvalidParams,
                words::BAD_PARAMS.get(self.lang),
            ),
        }
    }

    fn doc(&self, uri: &Uri) -> Option<&Document> {
        self.state.docs.get(uri)
    }

    fn notification(&mut self, n: Notification) -> (Vec<Message>, Flow) {
        let out = match n.method.as_str() {
            note::Exit::METHOD => return (Vec::new(), Flow::Exit(u8::from(!self.shut_down))),
            _ if !self.initialized || self.shut_down => Vec::new(),
            note::DidOpenTextDocument::METHOD => {
                match params::<lsp_types::DidOpenTextDocumentParams>(n.params) {
                    Some(p) => {
                        let d = p.text_document;
                        self.update(d.uri, d.text, d.version)
                    }
                    None => Vec::new(),
                }
            }
            note::DidChangeTextDocument::METHOD => {
                match params::<lsp_types::DidChangeTextDocumentParams>(n.params) {
                    Some(p) => self.change(p),
                    None => Vec::new(),
                }
            }
            note::DidCloseTextDocument::METHOD => {
                match params::<lsp_types::DidCloseTextDocumentParams>(n.params) {
                    Some(p) => {
                        let uri = p.text_document.uri;
                        self.state.docs.remove(&uri);
                        let empty = lsp_types::PublishDiagnosticsParams::new(uri, Vec::new(), None);
                        vec![publish(empty)]
                    }
                    None => Vec::new(),
                }
            }
            _ => Vec::new(),
        };
        (out, Flow::Continue)
    }

    /// Applies the changes (whole texts, or ranges when a client sends them)
    /// to the open text and recompiles.
    fn change(&mut self, p: lsp_types::DidChangeTextDocumentParams) -> Vec<Message> {
        let uri = p.text_document.uri;
        let Some(doc) = self.state.docs.get(&uri) else {
            return Vec::new();
        };
        let mut text = doc.text.clone();
        for c in p.content_changes {
            match c.range {
                None => text = c.text,
                Some(range) => {
                    let lines = position::LineIndex::new(&text);
                    let (Some(a), Some(b)) = (
                        lines.offset(&text, range.start),
                        lines.offset(&text, range.end),
                    ) else {
                        continue;
                    };
                    if a <= b {
                        text.replace_range(a..b, &c.text);
                    }
                }
            }
        }
        self.update(uri, text, p.text_document.version)
    }

    /// Compiles a document's new text, keeps it, and publishes its diagnostics.
    fn update(&mut self, uri: Uri, text: String, version: i32) -> Vec<Message> {
        let doc = Document::compile(&uri, text, version, self.lang);
        let params = diagnostics::publish(&uri, &doc, self.lang);
        self.state.docs.insert(uri, doc);
        vec![publish(params)]
    }
}

fn publish(p: lsp_types::PublishDiagnosticsParams) -> Message {
    Message::Notification(Notification {
        method: note::PublishDiagnostics::METHOD.to_string(),
        params: serde_json::to_value(p).unwrap_or(Value::Null),
    })
}

fn params<P: DeserializeOwned>(v: Value) -> Option<P> {
    serde_json::from_value(v).ok()
}

fn ok(id: RequestId, result: impl serde::Serialize) -> Response {
    Response {
        id,
        result: Some(serde_json::to_value(result).unwrap_or(Value::Null)),
        error: None,
    }
}

fn error(id: RequestId, code: ErrorCode, message: &str) -> Response {
    Response {
        id,
        result: None,
        error: Some(ResponseError {
            code: code as i32,
            message: message.to_string(),
            data: None,
        }),
    }
}

/// What the server offers.
fn initialize_result() -> InitializeResult {
    InitializeResult {
        capabilities: ServerCapabilities {
            position_encoding: Some(PositionEncodingKind::UTF16),
            text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
            hover_provider: Some(lsp_types::HoverProviderCapability::Simple(true)),
            definition_provider: Some(OneOf::Left(true)),
            references_provider: Some(OneOf::Left(true)),
            document_symbol_provider: Some(OneOf::Left(true)),
            document_formatting_provider: Some(OneOf::Left(true)),
            completion_provider: Some(CompletionOptions::default()),
            ..Default::default()
        },
        server_info: Some(ServerInfo {
            name: "pasal".to_string(),
            version: Some(env!("CARGO_PKG_VERSION").to_string()),
        }),
    }
}

/// Runs the server on stdin/stdout until `exit` or the end of input; returns
/// the exit status (0 after `shutdown` then `exit`).
pub fn run(lang: Lang) -> u8 {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let stdout = std::io::stdout();
    let mut output = stdout.lock();
    transport::serve(&mut Server::new(lang), &mut input, &mut output)
}
