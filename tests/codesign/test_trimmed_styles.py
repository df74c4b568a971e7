"""Bootstrap's stylesheet is cut down to the rules our pages can use, by a parser of CSS (not
patterns over text), and made when static files are found or collected, never committed."""

import re
from pathlib import Path

from django.contrib.staticfiles import finders

from codesign.assets import finders as trimmed
from codesign.assets.sources import usable_words
from codesign.assets.trim import Usable, trim


def usable(*words, stems=()):
    return Usable(frozenset(words), tuple(stems))


def test_it_keeps_rules_for_classes_pages_use_and_drops_the_rest():
    css = ".btn{color:red}.carousel{display:block}p{margin:0}"
    assert trim(css, usable("btn")) == ".btn{color:red}p{margin:0}"


def test_rules_without_a_class_always_stay():
    css = ":root{--x:1}[hidden]{display:none!important}h1,.h1{font-size:2rem}"
    assert trim(css, usable(), "var(--x)") == (
        ":root{--x:1}[hidden]{display:none!important}h1{font-size:2rem}"
    )


def test_of_a_selector_list_only_the_selectors_that_can_match_stay():
    css = ".a,.b > .c,.d .a{color:red}"
    assert trim(css, usable("a", "d")) == ".a,.d .a{color:red}"


def test_a_class_inside_not_or_is_never_drops_a_selector():
    css = ".btn:not(.disabled):is(.x,.y){color:red}"
    assert trim(css, usable("btn")) == css


def test_a_stem_finished_when_the_page_is_made_keeps_its_endings():
    css = ".alert-danger{color:red}.alert-info{color:blue}.alertness{color:green}"
    assert trim(css, usable(stems=["alert-"])) == ".alert-danger{color:red}.alert-info{color:blue}"


def test_data_attributes_must_be_written_whole():
    css = "[data-bs-theme=dark]{color:red}[data-ready]{color:blue}"
    kept = trim(css, usable("data-ready", stems=["data-"]))
    assert kept == "[data-ready]{color:blue}"


def test_media_queries_keep_their_used_rules_and_go_when_empty():
    css = "@media (min-width:576px){.a{color:red}.b{color:blue}}@media print{.b{color:red}}"
    assert trim(css, usable("a")) == "@media (min-width:576px){.a{color:red}}"


def test_custom_properties_nothing_reads_go():
    css = ":root{--used:1px;--chain:var(--used);--unused:2px}.a{margin:var(--chain)}.b{--own:1}"
    assert trim(css, usable("a")) == ":root{--used:1px;--chain:var(--used)}.a{margin:var(--chain)}"


def test_custom_properties_read_by_our_own_styles_stay():
    css = ":root{--bs-link-color:blue;--bs-other:red}"
    assert trim(css, usable(), ".site a{color:var(--bs-link-color)}") == (
        ":root{--bs-link-color:blue}"
    )


def test_keyframes_stay_only_when_a_kept_rule_animates_with_them():
    css = (
        ".spin{animation:spinner 1s}.glow{animation:glow 2s}"
        "@keyframes spinner{to{transform:rotate(1turn)}}@keyframes glow{50%{opacity:.2}}"
    )
    kept = trim(css, usable("spin"))
    assert kept.startswith(".spin{animation:spinner 1s}@keyframes spinner")
    assert "glow" not in kept


def test_comments_and_the_source_map_go():
    css = "/* note */.a{color:red}\n/*# sourceMappingURL=bootstrap.min.css.map */"
    assert trim(css, usable("a")) == ".a{color:red}"


def test_words_and_stems_are_read_from_templates_and_python(tmp_path):
    template = tmp_path / "page.html"
    template.write_text('<p class="alert alert-{{ level }} mb-0">{% if x %}fw-bold{% endif %}</p>')
    code = tmp_path / "forms.py"
    code.write_text('attrs = {"class": f"badge text-bg-{tone}"}\n')
    found = usable_words([template, code])
    assert {"alert", "mb-0", "fw-bold", "badge"} <= found.words
    assert found.has("alert-danger") and found.has("text-bg-success")
    assert not found.has("carousel")


def test_the_stylesheet_is_found_as_a_static_file_and_is_a_fraction_of_bootstrap():
    path = Path(finders.find(trimmed.NAME))
    css = path.read_text()
    full = trimmed.bootstrap_css().read_text()
    assert len(css) < len(full) / 2
    for name in ("btn", "visually-hidden", "container", "form-control", "alert-danger"):
        assert re.search(rf"\.{name}[,{{]", css), name
    assert ".carousel" not in css and "data-bs-theme=dark" not in css
    assert "sourceMappingURL" not in css


def test_a_missing_file_is_still_not_found():
    assert finders.find("css/no-such-file.css") is None
    assert finders.find("css/no-such-file.css", find_all=True) == []
    assert trimmed.TrimmedBootstrapFinder().find("css/other.css") == []


def test_collectstatic_finds_it():
    names = [
        path
        for finder in finders.get_finders()
        for path, _storage in finder.list([])
        if path == trimmed.NAME
    ]
    assert names == [trimmed.NAME]


def test_it_is_made_again_when_a_template_changes(tmp_path, settings, monkeypatch):
    settings.DEBUG = True  # looks on every request, as the development server does
    page = tmp_path / "page.html"
    page.write_text('<p class="carousel">')
    monkeypatch.setattr(trimmed, "source_files", lambda: [page])
    monkeypatch.setattr(trimmed, "build_folder", lambda: tmp_path / "static")
    monkeypatch.setattr(trimmed, "_made", {})  # the real one stays for the tests after this
    assert ".carousel{" in Path(trimmed.build()).read_text()
    page.write_text('<p class="nothing-from-bootstrap">')
    assert ".carousel{" not in Path(trimmed.build()).read_text()


def test_it_is_not_in_git():
    ignored = (Path(trimmed.__file__).parents[2] / ".gitignore").read_text().split()
    assert "build/" in ignored
