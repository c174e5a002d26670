//! A small element tree over quick-xml, each element with the byte offset of its start tag,
//! for reading XLIFF and TMX with `file:line:col` places.

use quick_xml::events::Event;
use quick_xml::Reader;

/// A node: an element or text.
#[derive(Debug, Clone)]
pub enum Node {
    /// An element.
    Element(Element),
    /// Text (entities resolved).
    Text(String),
}

/// An element: its local name, attributes (by qualified name), children and place.
#[derive(Debug, Clone, Default)]
pub struct Element {
    /// The local name (`unit`, `ph`).
    pub name: String,
    /// The attributes, qualified names (`xml:lang`) with their unescaped values.
    pub attrs: Vec<(String, String)>,
    /// The children, in order.
    pub children: Vec<Node>,
    /// The byte offset of the `<` of its start tag.
    pub offset: usize,
}

impl Element {
    /// The value of attribute `name`.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The child elements.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// The first child element named `name`.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.name == name)
    }

    /// The text of the element and its descendants.
    pub fn text(&self) -> String {
        let mut out = String::new();
        fn walk(e: &Element, out: &mut String) {
            for n in &e.children {
                match n {
                    Node::Text(t) => out.push_str(t),
                    Node::Element(c) => walk(c, out),
                }
            }
        }
        walk(self, &mut out);
        out
    }
}

/// Why a file is not well-formed XML: the reader's reason and the byte offset.
#[derive(Debug, Clone)]
pub struct XmlError {
    /// The byte offset.
    pub offset: usize,
    /// The reason.
    pub reason: String,
}

/// Parses `text` into its root element.
pub fn parse(text: &str) -> Result<Element, XmlError> {
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(false);
    let mut stack: Vec<Element> = vec![Element::default()];
    let err = |offset: u64, reason: String| XmlError {
        offset: offset as usize,
        reason,
    };
    loop {
        let before = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| err(reader.error_position(), e.to_string()))?;
        match event {
            Event::Start(s) => {
                let el = element(&s, before as usize).map_err(|r| err(before, r))?;
                stack.push(el);
            }
            Event::Empty(s) => {
                let el = element(&s, before as usize).map_err(|r| err(before, r))?;
                push(&mut stack, Node::Element(el));
            }
            Event::End(_) => {
                let done = stack.pop().filter(|_| !stack.is_empty());
                match done {
                    Some(el) => push(&mut stack, Node::Element(el)),
                    None => return Err(err(before, "unexpected end tag".into())),
                }
            }
            Event::Text(t) => {
                let s = t.xml_content().map_err(|e| err(before, e.to_string()))?;
                push_text(&mut stack, &s);
            }
            Event::CData(t) => {
                let s = t.decode().map_err(|e| err(before, e.to_string()))?;
                push_text(&mut stack, &s);
            }
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref().map_err(|e| err(before, e.to_string()))? {
                    Some(c) => c.to_string(),
                    None => {
                        let name = r.decode().map_err(|e| err(before, e.to_string()))?;
                        match quick_xml::escape::resolve_xml_entity(&name) {
                            Some(s) => s.to_owned(),
                            None => return Err(err(before, format!("unknown entity &{name};"))),
                        }
                    }
                };
                push_text(&mut stack, &c);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 {
        return Err(err(text.len() as u64, "unclosed element".into()));
    }
    let root = stack.pop().unwrap_or_default();
    root.children
        .into_iter()
        .find_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
        .ok_or_else(|| err(0, "no root element".into()))
}

fn element(s: &quick_xml::events::BytesStart<'_>, offset: usize) -> Result<Element, String> {
    let name = String::from_utf8_lossy(s.local_name().as_ref()).into_owned();
    let mut attrs = Vec::new();
    for a in s.attributes() {
        let a = a.map_err(|e| e.to_string())?;
        let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
        let value = a.unescape_value().map_err(|e| e.to_string())?.into_owned();
        attrs.push((key, value));
    }
    Ok(Element {
        name,
        attrs,
        children: Vec::new(),
        offset,
    })
}

fn push(stack: &mut [Element], node: Node) {
    if let Some(top) = stack.last_mut() {
        top.children.push(node);
    }
}

fn push_text(stack: &mut [Element], s: &str) {
    if let Some(top) = stack.last_mut() {
        if let Some(Node::Text(t)) = top.children.last_mut() {
            t.push_str(s);
        } else {
            top.children.push(Node::Text(s.to_owned()));
        }
    }
}

/// Escapes text for element content or a double-quoted attribute.
pub fn escape(s: &str) -> std::borrow::Cow<'_, str> {
    quick_xml::escape::escape(s)
}
