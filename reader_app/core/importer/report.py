"""What the importer found and what looks wrong, shown before anything is added."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from reader_app.core.base.model import BOOK, Issue
from reader_app.core.text.textnorm import strip_controls


@dataclass(frozen=True)
class ReportItem:
    """Something that looks wrong in the raw text; the import still proceeds."""

    line: int | None
    code: str  # machine-readable kind, e.g. "date-outside-period"
    message: str

    def format(self, file_name: str) -> str:
        where = f"{file_name}:{self.line}" if self.line else file_name
        return f"{where}: {self.message}"


@dataclass
class ImportReport:
    file_name: str
    encoding: str = "utf-8"
    issue: Issue | None = None
    warnings: list[ReportItem] = field(default_factory=list)

    def warn(self, line: int | None, code: str, message: str) -> None:
        # Messages quote raw text: control characters would garble the terminal or dialog.
        self.warnings.append(ReportItem(line, code, strip_controls(message)))

    def section_counts(self) -> dict[str, int]:
        if self.issue is None:
            return {}
        counts: Counter[str] = Counter(a.section for a in self.issue.articles)
        return {section: counts[section] for section in self.issue.sections()}

    def to_dict(self) -> dict[str, object]:
        issue = self.issue
        return {
            "file": self.file_name,
            "encoding": self.encoding,
            "issue": issue.id if issue else None,
            "title": issue.display_title if issue else None,
            "articles": sum(1 for a in issue.articles if a.kind != BOOK) if issue else 0,
            "books": sum(1 for a in issue.articles if a.kind == BOOK) if issue else 0,
            "sections": self.section_counts(),
            "warnings": [
                {"line": w.line, "code": w.code, "message": w.message} for w in self.warnings
            ],
        }

    def format_text(self) -> str:
        """The report as staff read it in a terminal or the import dialog."""
        lines = [f"{self.file_name} ({self.encoding})"]
        if self.issue is not None:
            data = self.to_dict()
            lines.append(
                f"  {self.issue.display_title}: {data['articles']} articles, "
                f"{data['books']} books, {len(self.section_counts())} sections"
            )
            lines.extend(f"    {name}: {count}" for name, count in self.section_counts().items())
        if self.warnings:
            lines.append(f"  {len(self.warnings)} warning(s):")
            lines.extend(f"    {w.format(self.file_name)}" for w in self.warnings)
        else:
            lines.append("  no warnings")
        return "\n".join(lines)
