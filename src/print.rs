//! Printing exactly the summary, whatever page the widget sits on.
//!
//! The widget's own `@media print` (in its shadow root) shows only the summary, but it cannot
//! hide the host page around it: a clinic's header, menu and footer would print too, over two
//! pages. So while the summary is printed, the widget's host element and its ancestors carry
//! [`MARK`], and the host document adopts a constructed stylesheet (no inline `<style>`, so a
//! strict Content-Security-Policy allows it) that hides everything unmarked on paper and
//! flattens the marked ancestors' boxes. Both go again after printing. Only the widget being
//! printed is marked: a page may hold several. In iframe mode the iframe's own document is
//! the one printed, and the same marks work there.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Document, Element, ShadowRoot};

/// On the widget's host element and each of its ancestors while printing; the host's value
/// is [`HOST`], so a second widget can tell that a print is already claimed.
const MARK: &str = "data-painmap-print";
const HOST: &str = "host";

/// Everything but the marked chain is hidden on paper; the chain itself loses the margins,
/// paddings, positions and sizes a page layout gives it, so the summary starts at the top
/// of the sheet and has the page's full width. `!important` because host themes use it.
const PAGE_SHEET: &str = "@media print{\
body *:not([data-painmap-print]){display:none!important}\
html[data-painmap-print],body[data-painmap-print],body [data-painmap-print]{\
display:block!important;position:static!important;float:none!important;\
margin:0!important;padding:0!important;border:0!important;width:auto!important;\
max-width:none!important;min-width:0!important;height:auto!important;\
min-height:0!important;overflow:visible!important;transform:none!important;\
box-shadow:none!important;background:#fff!important;columns:auto!important}}\
@page{margin:12mm}";

thread_local! {
    /// One sheet per module instance, shared by every widget and document.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
    /// The elements marked for the print under way: unmarked by this list, so the marks go
    /// even if the page has meanwhile taken the widget's element out of the document.
    static MARKED: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

fn sheet() -> Option<CssStyleSheet> {
    SHEET.with(|cell| {
        if let Some(sheet) = cell.borrow().as_ref() {
            return Some(sheet.clone());
        }
        let sheet = CssStyleSheet::new().ok()?;
        sheet.replace_sync(PAGE_SHEET).ok()?;
        *cell.borrow_mut() = Some(sheet.clone());
        Some(sheet)
    })
}

/// The element `inside` belongs to, outside the shadow root: the widget's host.
fn host_of(inside: &Element) -> Option<Element> {
    let shadow: ShadowRoot = inside.get_root_node().dyn_into().ok()?;
    Some(shadow.host())
}

/// The element's parent, or the host of the shadow root it stands in: a widget inside another
/// web component marks that component's host too, else the page's print sheet would hide it.
fn up(element: &Element) -> Option<Element> {
    element.parent_element().or_else(|| {
        element
            .parent_node()?
            .dyn_into::<ShadowRoot>()
            .ok()
            .map(|shadow| shadow.host())
    })
}

/// Marks the widget that holds `inside` (any element in its shadow root) for printing, unless
/// a widget on its page already is (its own Print button was pressed, or an earlier
/// `beforeprint` listener claimed the print).
pub fn mark(inside: &Element) {
    let (Some(host), Some(document)) = (host_of(inside), inside.owner_document()) else {
        return;
    };
    let claimed = document
        .query_selector(&["[", MARK, "=\"", HOST, "\"]"].concat())
        .ok()
        .flatten();
    if claimed.is_some() {
        return;
    }
    let Some(sheet) = sheet() else {
        return;
    };
    let _ = host.set_attribute(MARK, HOST);
    let mut chain = Vec::new();
    let mut ancestor = up(&host);
    while let Some(element) = ancestor {
        let _ = element.set_attribute(MARK, "");
        ancestor = up(&element);
        chain.push(element);
    }
    chain.push(host);
    MARKED.with(|marked| marked.borrow_mut().extend(chain));
    let sheets = document.adopted_style_sheets();
    if !sheets.includes(&sheet, 0) {
        sheets.push(&sheet);
        document.set_adopted_style_sheets(&sheets);
    }
}

/// Takes the marks and the sheet away again, after printing (or when the summary goes).
pub fn unmark(document: &Document) {
    let host = document
        .query_selector(&["[", MARK, "=\"", HOST, "\"]"].concat())
        .ok()
        .flatten();
    let mut marked = host;
    while let Some(element) = marked {
        let _ = element.remove_attribute(MARK);
        marked = up(&element);
    }
    for element in MARKED.with(|marked| marked.take()) {
        let _ = element.remove_attribute(MARK);
    }
    let Some(sheet) = SHEET.with(|cell| cell.borrow().clone()) else {
        return;
    };
    let sheets = document.adopted_style_sheets();
    if sheets.includes(&sheet, 0) {
        let kept = js_sys::Array::new();
        let sheet: &wasm_bindgen::JsValue = sheet.as_ref();
        for other in sheets.iter().filter(|other| other != sheet) {
            kept.push(&other);
        }
        document.set_adopted_style_sheets(&kept);
    }
}
