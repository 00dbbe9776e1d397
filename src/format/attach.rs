//! Which comment goes where. The syntax tree has no comments, so the
//! formatter anchors them: every line-sized piece of the tree (a unit head, an
//! identity field, a clause head, a rule, a text, a closing brace) is an
//! anchor with a source range. A comment on the same line after an anchor
//! stays at the end of that anchor's line; a comment on its own line indented
//! deeper than the anchors on both sides of it stays under the anchor before it
//! (a note about the clause above); any other comment goes on its own line
//! before the next anchor. Applied to the formatter's own output, the same
//! rules give back the same places, which keeps formatting idempotent.

use super::trivia::Trivia;
use std::collections::BTreeMap;

/// A source range `(start, end)` of one anchor.
pub type Anchor = (usize, usize);

/// An anchor and its indentation in the canonical layout: the column of its
/// `after` comments less two, and the column of its leading comments (they
/// differ for a closing brace, whose leading comments sit inside the block).
pub type Placed = (Anchor, usize, usize);

/// Comments attached to one anchor (indices into [`Trivia::comments`]).
#[derive(Debug, Default, Clone)]
pub struct Attached {
    /// On their own lines before the anchor.
    pub leading: Vec<usize>,
    /// At the end of the anchor's last line.
    pub trailing: Option<usize>,
    /// On their own lines after the anchor, indented under it: comments that
    /// follow it indented deeper than the line after them.
    pub after: Vec<usize>,
    /// The anchor's indentation in the canonical layout (its `after`
    /// comments go two spaces deeper).
    pub indent: usize,
}

/// Which comments go where.
#[derive(Debug, Default)]
pub struct Attachment {
    by_anchor: BTreeMap<Anchor, Attached>,
    end_of_file: Vec<usize>,
}

impl Attachment {
    /// Attaches every comment to an anchor. Anchors must be in file order and
    /// must not overlap.
    pub fn new(trivia: &Trivia<'_>, placed: &[Placed]) -> Result<Self, String> {
        let anchors: Vec<Anchor> = placed.iter().map(|p| p.0).collect();
        let indent = |k: usize| placed.get(k).map_or(0, |p| p.1);
        let inner = |k: usize| placed.get(k).map_or(0, |p| p.2);
        if let Some(w) = anchors.windows(2).find(|w| match w {
            [a, b] => b.0 < a.1,
            _ => false,
        }) {
            return Err(format!("overlapping pieces at bytes {:?}", w));
        }
        let mut att = Attachment::default();
        for (ci, c) in trivia.comments.iter().enumerate() {
            let i = anchors.partition_point(|a| a.1 <= c.start);
            if let Some(a) = i.checked_sub(1).and_then(|k| anchors.get(k)) {
                let between = trivia.between(a.1, c.start);
                let same_line = between
                    .chars()
                    .all(|ch| (ch.is_whitespace() && ch != '\n') || "{=>)".contains(ch));
                let slot = att.by_anchor.entry(*a).or_default();
                if same_line && slot.trailing.is_none() {
                    slot.trailing = Some(ci);
                    continue;
                }
            }
            // A comment indented deeper than both the anchor before it and the
            // anchor after it (as the canonical layout indents them) is a note
            // under the anchor before it.
            let next = anchors.get(i);
            let before_next = next.is_none_or(|b| c.start < b.0);
            let deeper = line_indent(trivia.src(), c.start);
            // Once a comment of this gap goes before the next anchor, the
            // ones after it must too, or they would swap places.
            let gap_open = match next {
                Some(b) => att.by_anchor.get(b).is_none_or(|x| x.leading.is_empty()),
                None => att.end_of_file.is_empty(),
            };
            if let Some(k) = i.checked_sub(1) {
                if before_next
                    && gap_open
                    && deeper > indent(k)
                    && (next.is_none() || deeper > inner(i))
                {
                    let a = anchors.get(k).copied().unwrap_or_default();
                    att.by_anchor.entry(a).or_default().after.push(ci);
                    continue;
                }
            }
            match next {
                Some(b) => att.by_anchor.entry(*b).or_default().leading.push(ci),
                None => att.end_of_file.push(ci),
            }
        }
        Ok(att)
    }

    /// The comments attached to an anchor.
    pub fn get(&self, a: Anchor) -> Attached {
        self.by_anchor.get(&a).cloned().unwrap_or_default()
    }

    /// The comments after the last anchor.
    pub fn end_of_file(&self) -> &[usize] {
        &self.end_of_file
    }
}

/// The indentation of the line that holds byte `at`.
fn line_indent(src: &str, at: usize) -> usize {
    let before = src.get(..at).unwrap_or("");
    let line = before
        .rfind('\n')
        .map_or(before, |n| before.get(n + 1..).unwrap_or(""));
    line.chars().take_while(|c| *c == ' ' || *c == '\t').count()
}
