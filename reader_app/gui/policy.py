"""What the window may do, from the machine policy (``reader_app.core.policy``).

The window asks this object, never the policy file: one place that turns the
policy into yes/no answers for actions, dialogs and persistence.
"""

from __future__ import annotations

from dataclasses import replace

from reader_app.core.policy import Policy as MachinePolicy


class Policy:
    """The machine policy as the window needs it; ``public=True`` forces public mode."""

    def __init__(self, public: bool = False, machine: MachinePolicy | None = None) -> None:
        machine = machine or MachinePolicy()
        if public and not machine.public_mode:
            machine = replace(machine, public_mode=True)
        self.machine = machine

    @property
    def public(self) -> bool:
        return self.machine.public_mode

    @property
    def allow_import(self) -> bool:
        return self.machine.import_allowed

    @property
    def persist_settings(self) -> bool:
        """Settings, search history, bookmarks and the last article are kept on disk."""
        return self.machine.keeps_state

    @property
    def allow_file_dialogs(self) -> bool:
        return self.machine.file_dialogs_allowed

    @property
    def allow_external_links(self) -> bool:
        return self.machine.external_links_allowed

    @property
    def allow_printing(self) -> bool:
        return self.machine.printing_allowed

    @property
    def allow_export(self) -> bool:
        return self.machine.export_allowed

    @property
    def allow_settings(self) -> bool:
        """Language and other preferences that would outlive the session."""
        return self.machine.settings_allowed

    @property
    def language(self) -> str | None:
        return self.machine.language

    @property
    def idle_reset_ms(self) -> int | None:
        return self.machine.idle_reset_ms
