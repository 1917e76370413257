"""Raw issue text (as converted from the PDF) → structured :class:`Issue`."""

from reader_app.core.importer.parse import parse_issue_file, parse_issue_text
from reader_app.core.importer.report import ImportReport, ReportItem

__all__ = ["ImportReport", "ReportItem", "parse_issue_file", "parse_issue_text"]
