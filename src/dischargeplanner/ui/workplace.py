"""What the main window works with, handed over from the composition root in one piece."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from dischargeplanner.domain.model import Kommune
from dischargeplanner.domain.selfhelp import SelfHelpService
from dischargeplanner.domain.selfhelp_model import Organisation
from dischargeplanner.domain.services import PlanService
from dischargeplanner.domain.sharing import SharingService

if TYPE_CHECKING:
    from dischargeplanner.care import CareServices
    from dischargeplanner.documents.export import DocumentMaker
    from dischargeplanner.documents.words import Sender
    from dischargeplanner.domain.access_log import AccessLogService


@dataclass(frozen=True)
class Workplace:
    service: PlanService
    sharing: SharingService
    selfhelp: SelfHelpService
    # Contacts, meetings, crisis, family and the follow-up call: made when a plan is first opened.
    care: Callable[[], CareServices]
    # The national self-help organisations, read on first use.
    organisations: Callable[[], tuple[Organisation, ...]]
    # Made on first use: the document code is not needed before the first export.
    documents: Callable[[], DocumentMaker]
    # The ward as the sender of documents (ward name, institution, phone), read and saved.
    sender: Callable[[], Sender]
    save_sender: Callable[[Sender], None]
    user: str
    kommuner: tuple[Kommune, ...]
    ward_name: str
    demo: bool
    data_dir: Path
    today: Callable[[], date]
    # An INI file for window geometry, splitters and text size (QSettings); no patient data.
    ui_state: Path
    # Who opened or changed which plan: every open is written here.
    access_log: AccessLogService | None = None
