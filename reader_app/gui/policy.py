"""What the window may do: the hook for the public-workstation mode (issue 5).

One flag switches off import, settings persistence, file dialogs and bookmark
persistence; idle reset will hang off the same object.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Policy:
    public: bool = False

    @property
    def allow_import(self) -> bool:
        return not self.public

    @property
    def persist_settings(self) -> bool:
        return not self.public

    @property
    def allow_file_dialogs(self) -> bool:
        return not self.public

    @property
    def allow_external_links(self) -> bool:
        return not self.public
