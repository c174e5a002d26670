//! [`Few`]: a list that keeps its first `N` items in place and moves to the heap only past
//! them. Most messages have a text piece or two, a link or two and a few emphasis runs, so
//! their [`super::Inline`] needs no allocation for them.

use std::fmt;
use std::ops::{Deref, DerefMut};

/// A list of `T` read as a slice: up to `N` items in place, all on the heap past that.
#[derive(Clone)]
pub struct Few<T, const N: usize> {
    len: usize,
    /// The items while there are at most `N` (the rest is `T::default()`).
    near: [T; N],
    /// All the items once there are more than `N`: boxed, so that the list is one pointer
    /// wider than its items, not three (the Vec is rarely needed; an Inline has eight lists).
    #[allow(clippy::box_collection)]
    far: Option<Box<Vec<T>>>,
}

impl<T: Default, const N: usize> Few<T, N> {
    /// An empty list.
    pub fn new() -> Self {
        Few {
            len: 0,
            near: std::array::from_fn(|_| T::default()),
            far: None,
        }
    }

    /// Adds `item` at the end.
    #[inline]
    pub fn push(&mut self, item: T) {
        if self.len < N {
            self.near[self.len] = item;
            self.len += 1;
        } else {
            self.push_far(item);
        }
    }

    /// [`Few::push`] past `N` items.
    #[cold]
    #[inline(never)]
    fn push_far(&mut self, item: T) {
        let near = &mut self.near;
        let far = self.far.get_or_insert_with(|| {
            let mut far = Vec::with_capacity(2 * N + 2);
            far.extend(near.iter_mut().map(std::mem::take));
            Box::new(far)
        });
        far.push(item);
        self.len += 1;
    }
}

impl<T: Default, const N: usize> Default for Few<T, N> {
    fn default() -> Self {
        Few::new()
    }
}

impl<T, const N: usize> Deref for Few<T, N> {
    type Target = [T];

    #[inline]
    fn deref(&self) -> &[T] {
        match &self.far {
            Some(far) => far,
            None => &self.near[..self.len],
        }
    }
}

impl<T, const N: usize> DerefMut for Few<T, N> {
    #[inline]
    fn deref_mut(&mut self) -> &mut [T] {
        match &mut self.far {
            Some(far) => far,
            None => &mut self.near[..self.len],
        }
    }
}

impl<'a, T, const N: usize> IntoIterator for &'a Few<T, N> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<T: Default, const N: usize> FromIterator<T> for Few<T, N> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut out = Few::new();
        iter.into_iter().for_each(|item| out.push(item));
        out
    }
}

impl<T: PartialEq, const N: usize, const M: usize> PartialEq<Few<T, M>> for Few<T, N> {
    fn eq(&self, other: &Few<T, M>) -> bool {
        **self == **other
    }
}

impl<T: Eq, const N: usize> Eq for Few<T, N> {}

impl<T: PartialEq, const N: usize, const M: usize> PartialEq<[T; M]> for Few<T, N> {
    fn eq(&self, other: &[T; M]) -> bool {
        **self == other[..]
    }
}

impl<T: fmt::Debug, const N: usize> fmt::Debug for Few<T, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_read_the_same_in_place_and_on_the_heap() {
        let mut few: Few<usize, 2> = Few::new();
        let mut vec = Vec::new();
        assert!(few.is_empty());
        for i in 0..7 {
            few.push(i);
            vec.push(i);
            assert_eq!(&few[..], &vec[..]);
            assert_eq!(few.len(), vec.len());
        }
        few[6] = 60;
        assert_eq!(few.last(), Some(&60));
        let mut small: Few<usize, 4> = [3, 1, 2].into_iter().collect();
        small.sort();
        assert_eq!(small, [1, 2, 3]);
        assert_eq!(small.clone(), small);
        assert_ne!(small, few);
        assert_eq!(format!("{small:?}"), "[1, 2, 3]");
        assert_eq!((&small).into_iter().sum::<usize>(), 6);
    }
}
