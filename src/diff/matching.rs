//! Pairing the rules of two policies.
//!
//! 1. **By key.** Rules are grouped by their [`MatchKey`]. Within a group,
//!    rules with equal parameters are paired first, the most alike clause
//!    texts (word overlap) first; ties go to the earlier rules, so the result
//!    is deterministic. Then one rule left on each side is a changed rule;
//!    among several, two are paired when their clause texts are still alike
//!    ([`KEY_THRESHOLD`]). Whatever is left of a group is unmatched.
//! 2. **By text.** An unmatched rule of the first policy and one of the second
//!    of the same kind whose clause texts are nearly the same
//!    ([`TEXT_THRESHOLD`]; [`SAME_CLAUSE_THRESHOLD`] when the clauses also have
//!    the same citation and the rules the same scope) are the same clause with
//!    its rule rewritten (a fact renamed, a scope widened): they are paired
//!    too, marked as matched by text. Two lists compare by the words of their
//!    items as well as by their clause texts.
//!
//! What is still unmatched was removed (first policy) or added (second).

use super::describe::params;
use super::key::{key_of, MatchKey};
use crate::ir::{IrRule, Policy};
use std::collections::{BTreeMap, BTreeSet};

/// Minimum word overlap (Dice coefficient, in millionths) of the clause texts
/// of two rules with the same key and different parameters, when the key has
/// several such rules on a side.
pub const KEY_THRESHOLD: u32 = 400_000;

/// Minimum word overlap (Dice coefficient, in millionths) for two clause
/// texts to count as the same clause when the rules' keys differ.
pub const TEXT_THRESHOLD: u32 = 800_000;

/// The same, for two rules of the same scope in clauses with the same citation.
pub const SAME_CLAUSE_THRESHOLD: u32 = 600_000;

/// Minimum number of distinct words a clause text needs to be paired by text.
const MIN_WORDS: usize = 4;

/// How many candidate pairs all groups together may score; past that, groups
/// are paired in file order without comparing texts (keeps pathological
/// inputs — thousands of rules with the same key — fast and deterministic).
const PAIR_BUDGET: usize = 1 << 20;

/// How a pair was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchedBy {
    /// Same key.
    Key,
    /// Different keys, nearly the same clause text.
    Text,
}

/// One line of the comparison: a rule of the first policy, of the second, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    /// Index in the first policy's rules.
    pub a: Option<usize>,
    /// Index in the second policy's rules.
    pub b: Option<usize>,
    /// How the two were paired (`None` when one side is missing).
    pub matched_by: Option<MatchedBy>,
}

/// A rule taking part in the comparison, with what matching needs of it.
struct Item<'a> {
    index: usize,
    rule: &'a IrRule,
    key: MatchKey,
    words: BTreeSet<String>,
    /// For a list, the words of its item keys.
    item_words: BTreeSet<String>,
    params: serde_json::Value,
}

fn items(policy: &Policy) -> Vec<Item<'_>> {
    policy
        .rules
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.malformed)
        .filter_map(|(index, rule)| {
            let key = key_of(rule)?;
            let text = policy
                .clauses
                .get(rule.clause)
                .map(|c| c.text())
                .unwrap_or_default();
            let item_words = match &rule.kind {
                crate::ir::RuleKind::List { items, .. } => {
                    items.iter().flat_map(|i| words(&i.key)).collect()
                }
                _ => BTreeSet::new(),
            };
            Some(Item {
                index,
                rule,
                key,
                words: words(&text),
                item_words,
                params: params(rule),
            })
        })
        .collect()
}

/// The distinct lowercase words of a text (`_` separates words too).
pub fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Word overlap of two word sets (Dice coefficient), in millionths.
pub fn similarity(a: &BTreeSet<String>, b: &BTreeSet<String>) -> u32 {
    let total = a.len() + b.len();
    if total == 0 {
        return 1_000_000;
    }
    let common = a.intersection(b).count();
    ((2 * common as u64 * 1_000_000) / total as u64) as u32
}

/// Pairs the rules of two policies. Rules that failed to compile and list
/// items (compared as part of their list) take no part.
pub fn pair(a: &Policy, b: &Policy) -> Vec<Pair> {
    let ia = items(a);
    let ib = items(b);
    let mut groups: BTreeMap<&MatchKey, Sides> = BTreeMap::new();
    for (n, it) in ia.iter().enumerate() {
        groups.entry(&it.key).or_default().0.push(n);
    }
    for (n, it) in ib.iter().enumerate() {
        groups.entry(&it.key).or_default().1.push(n);
    }
    let mut budget = PAIR_BUDGET;
    let mut out = Vec::new();
    let mut left_a = Vec::new();
    let mut left_b = Vec::new();
    for (xs, ys) in groups.values() {
        // Rules that say the same, the most alike texts first.
        let (mut pairs, xs, ys) = greedy(&ia, &ib, xs, ys, &mut budget, |x, y| {
            (x.params == y.params).then(|| u64::from(similarity(&x.words, &y.words)))
        });
        // Then the rest: one left on each side is the same rule changed; among
        // several, a changed rule is one whose clause text is still alike.
        let single = xs.len() == 1 && ys.len() == 1;
        let (changed, la, lb) = greedy(&ia, &ib, &xs, &ys, &mut budget, |x, y| {
            let sim = similarity(&x.words, &y.words);
            (single || sim >= KEY_THRESHOLD).then_some(u64::from(sim))
        });
        pairs.extend(changed);
        out.extend(pairs.into_iter().map(|(x, y)| (x, y, MatchedBy::Key)));
        left_a.extend(la);
        left_b.extend(lb);
    }
    // Second pass: leftovers of the same kind whose clause texts are nearly the same.
    let mut buckets: BTreeMap<(&str, &str), Sides> = BTreeMap::new();
    for &x in &left_a {
        if let Some(it) = ia.get(x) {
            buckets
                .entry((it.rule.category().as_str(), it.rule.kind.name()))
                .or_default()
                .0
                .push(x);
        }
    }
    for &y in &left_b {
        if let Some(it) = ib.get(y) {
            buckets
                .entry((it.rule.category().as_str(), it.rule.kind.name()))
                .or_default()
                .1
                .push(y);
        }
    }
    let mut removed = Vec::new();
    let mut added = Vec::new();
    for (xs, ys) in buckets.values() {
        if xs.len().saturating_mul(ys.len()) > budget {
            // No budget left to compare texts: leave them unmatched.
            removed.extend(xs.iter().copied());
            added.extend(ys.iter().copied());
            continue;
        }
        let (pairs, la, lb) = greedy(&ia, &ib, xs, ys, &mut budget, |x, y| {
            let text = if x.words.len() < MIN_WORDS || y.words.len() < MIN_WORDS {
                0
            } else {
                similarity(&x.words, &y.words)
            };
            let items = if x.item_words.len() < MIN_WORDS || y.item_words.len() < MIN_WORDS {
                0
            } else {
                similarity(&x.item_words, &y.item_words)
            };
            let sim = text.max(items);
            let same_scope = x.rule.scope == y.rule.scope;
            let threshold = if same_scope && x.rule.citation == y.rule.citation {
                SAME_CLAUSE_THRESHOLD
            } else {
                TEXT_THRESHOLD
            };
            if sim < threshold {
                return None;
            }
            // Same clause: prefer the same scope, then the closer name.
            let same_scope = u64::from(same_scope);
            let name = u64::from(name_similarity(
                &x.key.subject.words(),
                &y.key.subject.words(),
            ));
            Some(u64::from(sim) * 4_000_000 + same_scope * 2_000_000 + name)
        });
        out.extend(pairs.into_iter().map(|(x, y)| (x, y, MatchedBy::Text)));
        removed.extend(la);
        added.extend(lb);
    }
    let index_a = |x: usize| ia.get(x).map(|i| i.index);
    let index_b = |y: usize| ib.get(y).map(|i| i.index);
    let mut pairs: Vec<Pair> = out
        .into_iter()
        .map(|(x, y, m)| Pair {
            a: index_a(x),
            b: index_b(y),
            matched_by: Some(m),
        })
        .collect();
    pairs.extend(removed.into_iter().map(|x| Pair {
        a: index_a(x),
        b: None,
        matched_by: None,
    }));
    pairs.extend(added.into_iter().map(|y| Pair {
        a: None,
        b: index_b(y),
        matched_by: None,
    }));
    pairs
}

type Greedy = (Vec<(usize, usize)>, Vec<usize>, Vec<usize>);

/// Positions of rules of each side, grouped.
type Sides = (Vec<usize>, Vec<usize>);

/// Pairs `xs` with `ys` by descending score (ties: earlier first); a `None`
/// score forbids the pair. Scoring spends `budget`; when the group would
/// overspend it, the group is paired in file order instead. Returns the pairs
/// and the leftovers of each side.
fn greedy(
    ia: &[Item<'_>],
    ib: &[Item<'_>],
    xs: &[usize],
    ys: &[usize],
    budget: &mut usize,
    score: impl Fn(&Item<'_>, &Item<'_>) -> Option<u64>,
) -> Greedy {
    let mut pairs = Vec::new();
    let cost = xs.len().saturating_mul(ys.len());
    if cost > *budget {
        let n = xs.len().min(ys.len());
        pairs.extend(xs.iter().copied().zip(ys.iter().copied()));
        return (
            pairs,
            xs.iter().skip(n).copied().collect(),
            ys.iter().skip(n).copied().collect(),
        );
    }
    *budget -= cost;
    let mut cands = Vec::new();
    for &x in xs {
        for &y in ys {
            if let (Some(i), Some(j)) = (ia.get(x), ib.get(y)) {
                if let Some(s) = score(i, j) {
                    cands.push((s, x, y));
                }
            }
        }
    }
    cands.sort_by(|p, q| q.0.cmp(&p.0).then(p.1.cmp(&q.1)).then(p.2.cmp(&q.2)));
    let mut used_a = BTreeSet::new();
    let mut used_b = BTreeSet::new();
    for (_, x, y) in cands {
        if !used_a.contains(&x) && !used_b.contains(&y) {
            used_a.insert(x);
            used_b.insert(y);
            pairs.push((x, y));
        }
    }
    let la = xs.iter().copied().filter(|x| !used_a.contains(x)).collect();
    let lb = ys.iter().copied().filter(|y| !used_b.contains(y)).collect();
    (pairs, la, lb)
}

/// Similarity of two names by their character pairs (Dice), in millionths.
fn name_similarity(a: &str, b: &str) -> u32 {
    let bigrams = |s: &str| -> BTreeSet<(char, char)> {
        let cs: Vec<char> = s.chars().collect();
        cs.windows(2)
            .filter_map(|w| match w {
                [x, y] => Some((*x, *y)),
                _ => None,
            })
            .collect()
    };
    let (x, y) = (bigrams(a), bigrams(b));
    let total = x.len() + y.len();
    if total == 0 {
        return 0;
    }
    ((2 * x.intersection(&y).count() as u64 * 1_000_000) / total as u64) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similarity_counts_shared_words() {
        let a = words("Pengumuman paling singkat 15 (lima belas) hari");
        let b = words("pengumuman paling singkat 10 (sepuluh) hari");
        assert_eq!(similarity(&a, &a), 1_000_000);
        let s = similarity(&a, &b);
        assert!(s > 500_000 && s < 1_000_000, "{s}");
        assert_eq!(similarity(&a, &BTreeSet::new()), 0);
    }

    #[test]
    fn names_alike() {
        assert!(
            name_similarity("fakta jpt_digabung", "fakta jabatan_digabung")
                > name_similarity("fakta jpt_digabung", "fakta jabatan_dipecah")
        );
    }
}
