//! Tasks: the steps of a document in a locale, with their UI labels and links.
//!
//! Input: a [`Doc`](crate::doc::Doc), the segments' texts in one locale, and their message ids;
//! output: [`Step`]s, the step definitions the `steps` command prints and the wizard walks,
//! and [`Task`]s: steps plus the actions bound to them (`content/<doc-id>.task.toml`).

pub mod bindings;
mod load;
pub mod source;
mod steps;

pub use bindings::{Action, Bindings};
pub use load::{from_doc, from_doc_with, load, Task, TaskError};
pub use source::{ContentSet, Folders, Origin, Source};
pub use steps::{steps, LinkRef, Step};

pub use crate::render::title;
