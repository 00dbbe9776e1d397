//! Tables of the IR indexed by their own id type: a [`ClauseId`] indexes
//! [`Policy::clauses`](super::Policy::clauses) and nothing else, a
//! [`HeadingId`] the headings, so the two cannot be mixed up.

use serde::Serialize;
use std::marker::PhantomData;

/// An index type of one [`Table`].
pub trait Id: Copy {
    /// The id of the item at `index`.
    fn from_index(index: usize) -> Self;
    /// The item's position in its table.
    fn index(self) -> usize;
}

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize)]
        #[serde(transparent)]
        pub struct $name(usize);

        impl $name {
            /// The item's position in its table (for a side table built beside it).
            pub fn index(self) -> usize {
                self.0
            }
            /// The id of the item at `index`.
            pub fn from_index(index: usize) -> Self {
                $name(index)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl Id for $name {
            fn from_index(index: usize) -> Self {
                $name(index)
            }
            fn index(self) -> usize {
                self.0
            }
        }
    )*};
}

ids! {
    /// A clause (Pasal, ayat, huruf, angka …) of [`super::Policy::clauses`].
    ClauseId;
    /// A heading (BAB, Bagian, Paragraf) of [`super::Policy::headings`].
    HeadingId;
}

/// Items in file order, indexed by `I`.
#[derive(Debug, Clone)]
pub struct Table<I, T> {
    items: Vec<T>,
    id: PhantomData<I>,
}

impl<I, T> Default for Table<I, T> {
    fn default() -> Self {
        Table {
            items: Vec::new(),
            id: PhantomData,
        }
    }
}

impl<I: Id, T> Table<I, T> {
    /// The item with this id.
    pub fn get(&self, id: I) -> Option<&T> {
        self.items.get(id.index())
    }
    /// The item with this id, to change (resolution only).
    pub fn get_mut(&mut self, id: I) -> Option<&mut T> {
        self.items.get_mut(id.index())
    }
    /// Adds an item; its id.
    pub fn push(&mut self, item: T) -> I {
        self.items.push(item);
        I::from_index(self.items.len() - 1)
    }
    /// The id the next item pushed will have.
    pub fn next_id(&self) -> I {
        I::from_index(self.items.len())
    }
    /// How many items.
    pub fn len(&self) -> usize {
        self.items.len()
    }
    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    /// The items in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }
    /// The items in order, to change (resolution only).
    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, T> {
        self.items.iter_mut()
    }
    /// Each item with its id.
    pub fn enumerate(&self) -> impl DoubleEndedIterator<Item = (I, &T)> + '_ {
        self.items
            .iter()
            .enumerate()
            .map(|(i, t)| (I::from_index(i), t))
    }
    /// Every id, in order.
    pub fn ids(&self) -> impl DoubleEndedIterator<Item = I> + use<I, T> {
        (0..self.items.len()).map(I::from_index)
    }
    /// The last item.
    pub fn last(&self) -> Option<&T> {
        self.items.last()
    }
}

impl<'a, I, T> IntoIterator for &'a Table<I, T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}
