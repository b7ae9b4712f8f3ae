//! A small arena DOM built by html5ever's spec-conforming tree builder, with nesting capped.
//!
//! html5ever's tree builder scans its stack of open elements for many start tags, so a page
//! nested N deep costs time in N² (10,000 nested `<div>`s take half a second, 100,000 a minute).
//! Browsers stop nesting at a fixed depth; so do we: a filter between the tokenizer and the tree
//! builder follows the elements that must be closed explicitly and drops start tags (and their
//! end tags) beyond [`MAX_DEPTH`], so their content joins the deepest element kept. Every node
//! lives in one `Vec` and every walk over the tree is a loop, never a recursion.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;

use html5ever::interface::{ElemName, ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::{Attribute, LocalName, Namespace, QualName, TokenizerResult, local_name};

/// Deepest nesting of elements that need an end tag (Blink stops at 512 too).
pub const MAX_DEPTH: usize = 512;

pub type NodeId = usize;

#[derive(Debug)]
pub enum Data {
    Document,
    Element {
        name: QualName,
        attrs: Vec<(LocalName, String)>,
    },
    Text(String),
    /// Comments, processing instructions, template contents: never shown.
    Other,
}

#[derive(Debug)]
pub struct Node {
    pub data: Data,
    pub parent: Option<NodeId>,
    pub first_child: Option<NodeId>,
    pub last_child: Option<NodeId>,
    pub prev: Option<NodeId>,
    pub next: Option<NodeId>,
    /// The tree builder asks about this for MathML `annotation-xml`.
    integration_point: bool,
}

#[derive(Debug)]
pub struct Dom {
    pub nodes: Vec<Node>,
}

impl Dom {
    pub const ROOT: NodeId = 0;

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    /// The local name of an element (`None` for other nodes).
    pub fn tag(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id].data {
            Data::Element { name, .. } => Some(&name.local),
            _ => None,
        }
    }

    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        match &self.nodes[id].data {
            Data::Element { attrs, .. } => attrs
                .iter()
                .find(|(n, _)| &**n == name)
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            dom: self,
            next: self.nodes[id].first_child,
        }
    }

    /// Every node under `id` (itself included) in document order.
    pub fn preorder(&self, id: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            out.push(n);
            let at = stack.len();
            stack.extend(self.children(n));
            stack[at..].reverse();
        }
        out
    }
}

pub struct Children<'a> {
    dom: &'a Dom,
    next: Option<NodeId>,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let n = self.next?;
        self.next = self.dom.nodes[n].next;
        Some(n)
    }
}

/// Parses a whole page.
pub fn parse(html: &str) -> Dom {
    let sink = Sink::default();
    let builder = TreeBuilder::new(sink, TreeBuilderOpts::default());
    let filter = DepthFilter {
        inner: builder,
        stack: RefCell::new(Vec::new()),
        dropped: RefCell::new(HashMap::new()),
    };
    let tokenizer = Tokenizer::new(filter, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    // `feed` stops after each `</script>` (a browser would run it): go on until the end
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    let nodes = tokenizer.sink.inner.sink.nodes.into_inner();
    Dom { nodes }
}

/// Elements that never hold others (void), that close themselves or are closed by their
/// neighbours (`p`, `li`, table parts …), or whose content is raw text (so their start tag must
/// reach the tree builder, which switches the tokenizer's state): none of them can pile up.
fn is_uncounted(name: &LocalName) -> bool {
    matches!(
        name.as_ref(),
        "area"
            | "base"
            | "basefont"
            | "bgsound"
            | "br"
            | "col"
            | "embed"
            | "frame"
            | "hr"
            | "img"
            | "image"
            | "input"
            | "keygen"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "html"
            | "head"
            | "body"
            | "p"
            | "li"
            | "dd"
            | "dt"
            | "option"
            | "optgroup"
            | "rb"
            | "rp"
            | "rt"
            | "rtc"
            | "tbody"
            | "thead"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "caption"
            | "colgroup"
            | "script"
            | "style"
            | "textarea"
            | "title"
            | "xmp"
            | "iframe"
            | "noembed"
            | "noframes"
            | "noscript"
            | "plaintext"
    )
}

/// Passes tokens to the tree builder, except start tags that would nest deeper than
/// [`MAX_DEPTH`] and the end tags that close them.
struct DepthFilter {
    inner: TreeBuilder<NodeId, Sink>,
    /// Names of the open elements that need an end tag, outermost first.
    stack: RefCell<Vec<LocalName>>,
    /// Start tags dropped and not closed yet, by name.
    dropped: RefCell<HashMap<LocalName, usize>>,
}

impl TokenSink for DepthFilter {
    type Handle = NodeId;

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<NodeId> {
        if let Token::TagToken(tag) = &token
            && !is_uncounted(&tag.name)
        {
            let mut stack = self.stack.borrow_mut();
            let mut dropped = self.dropped.borrow_mut();
            match tag.kind {
                TagKind::StartTag => {
                    if stack.len() >= MAX_DEPTH {
                        *dropped.entry(tag.name.clone()).or_insert(0) += 1;
                        return TokenSinkResult::Continue;
                    }
                    stack.push(tag.name.clone());
                }
                TagKind::EndTag => {
                    // the dropped elements are the innermost: their end tags come first
                    if let Some(n) = dropped.get_mut(&tag.name)
                        && *n > 0
                    {
                        *n -= 1;
                        return TokenSinkResult::Continue;
                    }
                    if let Some(i) = stack.iter().rposition(|n| *n == tag.name) {
                        // closing an outer element closes everything opened inside it
                        stack.truncate(i);
                        dropped.clear();
                    }
                }
            }
        }
        self.inner.process_token(token, line)
    }

    fn end(&self) {
        self.inner.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// The tree builder's view of the arena.
#[derive(Debug)]
struct Sink {
    nodes: RefCell<Vec<Node>>,
}

impl Default for Sink {
    fn default() -> Sink {
        Sink {
            nodes: RefCell::new(vec![Node::new(Data::Document)]),
        }
    }
}

impl Node {
    fn new(data: Data) -> Node {
        Node {
            data,
            parent: None,
            first_child: None,
            last_child: None,
            prev: None,
            next: None,
            integration_point: false,
        }
    }
}

/// An element's name as the tree builder asks for it.
#[derive(Debug)]
pub struct Name(QualName);

impl ElemName for Name {
    fn ns(&self) -> &Namespace {
        &self.0.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.0.local
    }
}

impl Sink {
    fn push(&self, node: Node) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(node);
        nodes.len() - 1
    }

    fn detach(nodes: &mut [Node], id: NodeId) {
        let (parent, prev, next) = {
            let n = &nodes[id];
            (n.parent, n.prev, n.next)
        };
        if let Some(p) = prev {
            nodes[p].next = next;
        } else if let Some(par) = parent {
            nodes[par].first_child = next;
        }
        if let Some(n) = next {
            nodes[n].prev = prev;
        } else if let Some(par) = parent {
            nodes[par].last_child = prev;
        }
        let n = &mut nodes[id];
        n.parent = None;
        n.prev = None;
        n.next = None;
    }

    fn append_child(nodes: &mut [Node], parent: NodeId, child: NodeId) {
        Sink::detach(nodes, child);
        let last = nodes[parent].last_child;
        nodes[child].parent = Some(parent);
        nodes[child].prev = last;
        match last {
            Some(l) => nodes[l].next = Some(child),
            None => nodes[parent].first_child = Some(child),
        }
        nodes[parent].last_child = Some(child);
    }

    fn insert_before(nodes: &mut [Node], sibling: NodeId, child: NodeId) {
        Sink::detach(nodes, child);
        let Some(parent) = nodes[sibling].parent else {
            return;
        };
        let prev = nodes[sibling].prev;
        nodes[child].parent = Some(parent);
        nodes[child].prev = prev;
        nodes[child].next = Some(sibling);
        nodes[sibling].prev = Some(child);
        match prev {
            Some(p) => nodes[p].next = Some(child),
            None => nodes[parent].first_child = Some(child),
        }
    }
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Sink;
    type ElemName<'a> = Name;

    fn finish(self) -> Sink {
        self
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        Dom::ROOT
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Name {
        match &self.nodes.borrow()[*target].data {
            Data::Element { name, .. } => Name(name.clone()),
            // the tree builder only asks about elements
            _ => Name(QualName::new(None, html5ever::ns!(html), local_name!(""))),
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        let attrs = attrs
            .into_iter()
            .map(|a| (a.name.local, a.value.to_string()))
            .collect();
        let mut node = Node::new(Data::Element { name, attrs });
        node.integration_point = flags.mathml_annotation_xml_integration_point;
        self.push(node)
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.push(Node::new(Data::Other))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.push(Node::new(Data::Other))
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        match child {
            NodeOrText::AppendNode(n) => {
                Sink::append_child(&mut self.nodes.borrow_mut(), *parent, n);
            }
            NodeOrText::AppendText(t) => {
                let mut nodes = self.nodes.borrow_mut();
                if let Some(last) = nodes[*parent].last_child
                    && let Data::Text(s) = &mut nodes[last].data
                {
                    s.push_str(&t);
                    return;
                }
                nodes.push(Node::new(Data::Text(t.to_string())));
                let id = nodes.len() - 1;
                Sink::append_child(&mut nodes, *parent, id);
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        let has_parent = self.nodes.borrow()[*element].parent.is_some();
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, _target: &NodeId) -> NodeId {
        // a fragment outside the tree: what a template holds is never shown
        self.push(Node::new(Data::Other))
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        let mut nodes = self.nodes.borrow_mut();
        let id = match new_node {
            NodeOrText::AppendNode(n) => n,
            NodeOrText::AppendText(t) => {
                if let Some(prev) = nodes[*sibling].prev
                    && let Data::Text(s) = &mut nodes[prev].data
                {
                    s.push_str(&t);
                    return;
                }
                nodes.push(Node::new(Data::Text(t.to_string())));
                nodes.len() - 1
            }
        };
        Sink::insert_before(&mut nodes, *sibling, id);
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Data::Element { attrs: have, .. } = &mut nodes[*target].data {
            for a in attrs {
                if !have.iter().any(|(n, _)| *n == a.name.local) {
                    have.push((a.name.local, a.value.to_string()));
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        Sink::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        while let Some(c) = nodes[*node].first_child {
            Sink::append_child(&mut nodes, *new_parent, c);
        }
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &NodeId) -> bool {
        self.nodes.borrow()[*handle].integration_point
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(dom: &Dom, id: NodeId) -> String {
        // iterative, like everything that walks a tree here
        let mut out = String::new();
        let mut stack = vec![(id, false)];
        while let Some((n, done)) = stack.pop() {
            match (&dom.node(n).data, done) {
                (Data::Element { name, .. }, false) => {
                    out.push_str(&format!("<{}>", name.local));
                    stack.push((n, true));
                    let kids: Vec<_> = dom.children(n).collect();
                    stack.extend(kids.into_iter().rev().map(|k| (k, false)));
                }
                (Data::Element { name, .. }, true) => out.push_str(&format!("</{}>", name.local)),
                (Data::Text(t), _) => out.push_str(t),
                (Data::Document, false) => {
                    let kids: Vec<_> = dom.children(n).collect();
                    stack.extend(kids.into_iter().rev().map(|k| (k, false)));
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn builds_the_tree_a_browser_builds() {
        let dom = parse(
            "<!DOCTYPE html><p>a<b>b<p>c</b>d<table><tr><td>e</table><!-- x --><script>if (a<b) {}</script>",
        );
        assert_eq!(
            shape(&dom, Dom::ROOT),
            "<html><head></head><body><p>a<b>b</b></p><p><b>c</b>d</p>\
             <table><tbody><tr><td>e</td></tr></tbody></table>\
             <script>if (a<b) {}</script></body></html>"
        );
    }

    #[test]
    fn nesting_is_capped_and_the_text_kept() {
        let n = 20_000;
        let html = format!(
            "<body>{}<p>deep</p>{}<p>after</p>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        );
        let dom = parse(&html);
        let s = shape(&dom, Dom::ROOT);
        assert!(s.contains("<p>deep</p>"), "{}", &s[s.len() - 200..]);
        // `after` is outside every div again: the dropped end tags did not close the kept ones
        assert!(
            s.ends_with("</div><p>after</p></body></html>"),
            "{}",
            &s[s.len() - 80..]
        );
        let divs = s.matches("<div>").count();
        assert!(divs <= MAX_DEPTH, "{divs}");
    }

    #[test]
    fn misnested_and_unclosed_tags_do_not_count_forever() {
        // 2,000 unclosed spans inside closed divs: each `</div>` closes its span too
        let html = format!(
            "{}<div><p>end</p></div>",
            "<div><span>x</div>".repeat(2_000)
        );
        let dom = parse(&html);
        let s = shape(&dom, Dom::ROOT);
        assert!(
            s.contains("<div><p>end</p></div>"),
            "{}",
            &s[s.len() - 100..]
        );
    }
}
