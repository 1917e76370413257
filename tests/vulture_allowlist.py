"""Names vulture (tests/test_architecture.py) reports as unused that are used on purpose.

Reviewed by hand; each line says why. Vulture reads this file as code that
"uses" the names; it is never imported.
"""

# ruff: noqa: B018, F821
# Called by Qt or by the standard library, never by our code.
_.handleError  # logging.Handler override (core/machine/logsetup.py)
_.handle_starttag  # html.parser.HTMLParser overrides (core/text/render.py)
_.handle_endtag
_.handle_data
attrs  # HTMLParser.handle_starttag's signature
_.loadResource  # QTextBrowser override (gui/reading/articleview.py)
_.__qualname__  # ArticleView's name in tracebacks (gui/reading/articleview.py: Qt sees QTextEdit)
_.columnCount  # QAbstractItemModel overrides (gui/library/librarymodel.py)
_.headerData
_.paintEvent  # QWidget override (gui/reading/originalview.py)
_.contextMenuEvent  # QWidget override (gui/reading/originalview.py: the page's copy menu)
_.sizeFromContents  # QStyle overrides: 44-px click targets in large type (gui/base/theme.py)
_.pixelMetric
_.subElementRect
_.set_engine  # the read-aloud's voice, swapped by tests and the screenshot script (espeak to WAV)
_.paint  # QStyledItemDelegate override (gui/search/resultsmodel.py)
_._flush_segment  # called by Whoosh's SegmentWriter.commit (core/search/writer.py)
_.bulk_data  # SearchIndex's bulk reads: benchmarks/suggest_bench.py times the suggestion alone

# Data read by people or by tests, part of a documented format.
EXIT_OK  # the README's exit-code table (reader_app/cli)
format_version  # issue.toml field (docs/issue-format.md)
issue_line  # importer/masthead.py: kept for the PDF importer (h4-pdf)
_.issue_line
images  # importer/pdftext.py: per-page image count (h4-pdf)
_.images

# Hooks that tests and benchmarks use.
page_count  # core/pdf/original.py: tests/core/pdf/test_original.py, benchmarks/render_bench.py
page_size
find_hits  # core/pdf/original.py: one page's hits in one call (the view reads the page's model)
_.set_timeout  # gui/shell/idle.py: tests shorten the idle reset
_.tree_proxy  # gui/shell/mainwindow.py: tests map library rows
_.idle_watcher
_.imported_result  # gui/library/importdialog.py: tests wait for the import
run_if_child  # core/importer/pdfsandbox.py: called by the frozen entry points (packaging/entry_*.py)
parse_pdf_bytes  # core/importer/pdfimport.py: benchmarks/pdf_sandbox_bench.py, tests (a PDF in this process)

# core/search: Whoosh's interfaces, called or read by Whoosh itself (issue 16).
_.fixed_value_size  # analysis.Weights: Whoosh's postings writer and reader
_._compression  # writer._write_term fills Whoosh's block writer's buffers
_._values
_._maxweight
_._minlength
_._maxlength
_._added  # writer.FastWriter.add_document: what SegmentWriter.add_document sets
_._weight  # writer._inlined: W3TermInfo statistics, read by its to_bytes()
_._df
_._minid
_._maxid
# core/search/heldstore.py: io.RawIOBase and Whoosh Storage overrides, called by
# io.BufferedReader and by Whoosh's readers (issue 14).
_.readable
_.seekable
_.readinto
_.seek
_.tell
_.file_exists

# core/services/citation.py: a punctuation set's field, part of the style table (h9-services).
semicolon
QT_STRINGS  # marks Qt's own strings for lupdate; Qt looks them up itself (gui/base/qtstrings.py)

# gui/room/statspage.py: StatsPage.set_range, the page's range as one call (tests and the
# screenshot script set it; the window sets the two date edits).
set_range

# gui/library/librarymodel.py: Qt calls these overrides (lazy article rows of the library tree).
_.hasChildren
_.canFetchMore
_.fetchMore
# Declarations read by their tests (the table checks itself against the docs and the code).
_.restrictive  # Key.restrictive (core/machine/policy.py): tests/core/machine/test_policy_keys.py
_.declared  # Settings.declared() (gui/base/settings.py): tests/gui/base/test_declared_settings.py
_.type_doc  # Kind.type_doc (core/machine/policy.py): how docs/deployment.md names the type, checked by the same test

# output/docxout.py: python-docx properties, set to write the document (styles, page, core
# properties), and HTMLParser's callback for self-closed tags (issue 24).
_.handle_startendtag
_.space_before
_.space_after
_.line_spacing
_.base_style
_.quick_style
_.rgb
_.underline
_.alignment
_.first_line_indent
_.left_indent
_.right_indent
_.page_break_before
_.page_width
_.page_height
_.top_margin
_.bottom_margin
_.left_margin
_.right_margin
_.different_first_page_header_footer
_.comments
RUNTIMES  # lupdate reads its QT_TRANSLATE_NOOP strings (gui/dialogs/about.py: the runtime row)
