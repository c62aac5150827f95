"""Article text never reaches a Markdown or HTML renderer of the page (issue 7), checked on app.py's source.

Streamlit renders Markdown in st.markdown, st.caption, st.write, st.title/header/subheader, alerts, toasts,
progress text and every widget label; st.html renders HTML. In app.py these may only take string constants,
f-strings whose placeholders are counts (names starting with `n_`) or the chart notice, and st.html may only
take `view.marked_html(...)`, which escapes every piece of text (tested in test_app_view.py).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app.py"
MARKDOWN_CALLS = {
    "markdown",
    "caption",
    "write",
    "title",
    "header",
    "subheader",
    "info",
    "warning",
    "error",
    "success",
    "toast",
    "latex",
    "badge",
    "help",
}
LABELLED_WIDGETS = {
    "button",
    "download_button",
    "link_button",
    "selectbox",
    "multiselect",
    "date_input",
    "text_input",
    "text_area",
    "toggle",
    "checkbox",
    "radio",
    "file_uploader",
    "expander",
    "form_submit_button",
    "tabs",
    "progress",
}
SAFE_PLACEHOLDER_ATTRS = {"notice"}
CONSTANT_TABLES = {"view.FACET_WIDGETS", "view.EXPORTS"}
"""Tuples of literal labels in timeline.view; a loop variable named `label` may only come from them."""


def _calls(tree: ast.AST) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)]


def _safe_text(node: ast.expr) -> bool:
    """A string constant, an f-string of counts, or the chart's own notice."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.Attribute) and node.attr in SAFE_PLACEHOLDER_ATTRS:
        return True
    if isinstance(node, ast.Name) and node.id == "label":
        return True  # checked by test_label_loops_iterate_constant_tables
    if isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                v = part.value
                ok = (
                    (isinstance(v, ast.Name) and v.id.startswith("n_"))
                    or (isinstance(v, ast.Name) and v.id.isupper())
                    or (isinstance(v, ast.Call) and isinstance(v.func, ast.Name) and v.func.id == "int")
                )
                if not ok:
                    return False
        return True
    if isinstance(node, ast.List):
        return all(_safe_text(e) for e in node.elts)
    return False


@pytest.fixture(scope="module")
def tree() -> ast.Module:
    return ast.parse(APP.read_text(encoding="utf-8"))


def test_no_unsafe_allow_html(tree: ast.Module) -> None:
    for call in _calls(tree):
        for kw in call.keywords:
            assert kw.arg not in ("unsafe_allow_html", "unsafe_allow_javascript"), ast.unparse(call)


def test_markdown_renderers_take_only_constant_text(tree: ast.Module) -> None:
    checked = 0
    for call in _calls(tree):
        if call.func.attr in MARKDOWN_CALLS and call.args:  # type: ignore[attr-defined]
            assert all(_safe_text(a) for a in call.args), ast.unparse(call)
            checked += 1
    assert checked >= 5


def test_widget_labels_and_progress_text_are_constant(tree: ast.Module) -> None:
    for call in _calls(tree):
        name = call.func.attr  # type: ignore[attr-defined]
        if name in LABELLED_WIDGETS and call.args:
            assert _safe_text(call.args[0]) or name in ("progress",), ast.unparse(call)
        for kw in call.keywords:
            if kw.arg in ("label", "text", "placeholder", "help", "body"):
                assert _safe_text(kw.value), ast.unparse(call)


def test_html_only_through_the_escaping_builder(tree: ast.Module) -> None:
    html_calls = [c for c in _calls(tree) if c.func.attr == "html"]  # type: ignore[attr-defined]
    assert html_calls, "the page marks the sentence with st.html(view.marked_html(...))"
    for call in html_calls:
        (arg,) = call.args
        assert isinstance(arg, ast.Call) and ast.unparse(arg.func) == "view.marked_html", ast.unparse(call)


def test_link_button_only_for_checked_urls(tree: ast.Module) -> None:
    src = APP.read_text(encoding="utf-8")
    assert "view.is_web_url(detail.url)" in src
    for call in _calls(tree):
        if call.func.attr == "link_button":  # type: ignore[attr-defined]
            assert ast.unparse(call.args[1]) == "detail.url.strip()"


def test_app_stays_layout_only(tree: ast.Module) -> None:
    """No function in app.py longer than a few lines: logic lives in timeline.*."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            assert node.end_lineno is not None and node.end_lineno - node.lineno <= 12, node.name
    imports = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert "spacy" not in imports and "dateparser" not in imports


def test_only_the_page_imports_streamlit() -> None:
    root = APP.parent / "timeline"
    for path in root.rglob("*.py"):
        mod = ast.parse(path.read_text(encoding="utf-8"))
        for n in ast.walk(mod):
            names = (
                [a.name for a in n.names]
                if isinstance(n, ast.Import)
                else ([n.module or ""] if isinstance(n, ast.ImportFrom) else [])
            )
            assert not any(x == "streamlit" or x.startswith("streamlit.") for x in names), path


def test_label_loops_iterate_constant_tables(tree: ast.Module) -> None:
    from timeline import view

    loops = [n for n in ast.walk(tree) if isinstance(n, ast.For) and "label" in ast.unparse(n.target)]
    assert loops
    for loop in loops:
        assert any(t in ast.unparse(loop.iter) for t in CONSTANT_TABLES), ast.unparse(loop.iter)
    for row in (*view.FACET_WIDGETS, *view.EXPORTS):
        assert all(isinstance(x, str) for x in row)
