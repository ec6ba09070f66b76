"""Render time of the fullest demo plan's kommune handover against a bare reportlab document.

In-process, same run: the demo ward is made in a temporary data folder, the plan
whose handover has the most pages is picked (ties: most actions, appointments and
checklist items done), and three things are timed in turn --runs times after a warm-up
(fonts, imports; reported apart): (a) DocumentMaker.make (build + render),
(b) pdf.render alone, (c) a bare platypus SimpleDocTemplate, A4, DejaVu Sans, of
plain Paragraphs with exactly as many pages. Prints median and min of each and the
ratio make / bare. Goal: <= 4x, about 150 ms absolute. The patient copy: one line.

Usage: python benchmarks/handover.py [--runs 20]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph, SimpleDocTemplate  # type: ignore[import-untyped]

from dischargeplanner.app import Context, open_signed_in
from dischargeplanner.demo import create_demo_ward_for
from dischargeplanner.documents import pdf
from dischargeplanner.documents.export import DocumentMaker
from dischargeplanner.domain.model import DocumentKind, ItemState, PlanId
from dischargeplanner.paths import fonts_dir

RATIO_GOAL = 4.0
ABSOLUTE_GOAL_MS = 150.0
BARE_FONT = "BareDejaVuSans"
LOREM = (
    "Pasienten har fått tilbud om kommunal bolig med oppfølging fra rustjenesten to ganger i uken. "
    "NAV-veileder følger opp søknaden om arbeidsavklaringspenger, og fastlegen har fått epikrisen. "
    "Kriseplanen er gjennomgått sammen med kontaktpersonen, og pårørende er orientert etter samtykke. "
)


# Made-up wards only: the tools set them up with this password.
TOOL_PASSWORD = "bare for skjermbilder og målinger"


def pages(data: bytes) -> int:
    return len(PdfReader(BytesIO(data)).pages)


def timed(acts: Sequence[Callable[[], object]], runs: int) -> list[list[float]]:
    """Seconds per run of each act; the acts take turns, so a change in load hits them alike."""
    samples: list[list[float]] = [[] for _ in acts]
    for _ in range(runs):
        for act, taken in zip(acts, samples, strict=True):
            start = time.perf_counter()
            act()
            taken.append(time.perf_counter() - start)
    return samples


def bare(paragraphs: int) -> bytes:
    """Plain Paragraphs of Norwegian text in DejaVu Sans on A4, nothing else."""
    style = ParagraphStyle("bare", fontName=BARE_FONT, fontSize=10, leading=13.5, spaceAfter=6)
    buffer = BytesIO()
    template = SimpleDocTemplate(buffer, pagesize=A4, invariant=True, initialFontName=BARE_FONT)
    template.build([Paragraph(f"{index + 1}. {LOREM}", style) for index in range(paragraphs)])
    return buffer.getvalue()


def bare_paragraphs_for(target: int) -> int:
    """The fewest paragraphs that fill exactly `target` pages."""
    count = 1
    while pages(bare(count)) < target:
        count *= 2
    low, high = count // 2, count  # pages(low) < target <= pages(high), or low == 0
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if pages(bare(middle)) < target else (low, middle)
    if pages(bare(high)) != target:
        raise SystemExit(f"could not make a bare document of exactly {target} pages")
    return high


def fullness(context: Context, maker: DocumentMaker, plan_id: PlanId) -> tuple[int, int]:
    """(pages of the kommune handover, actions + appointments + items done)."""
    detail = context.service.plan_detail(plan_id)
    appointments = context.sharing.appointments(plan_id)
    done = sum(item.state is ItemState.DONE for item in detail.items)
    made = maker.make(plan_id, DocumentKind.KOMMUNE)
    return pages(made.pdf), len(detail.actions) + len(appointments) + done


def ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:6.1f} ms  min {min(samples) * 1000:6.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dischargeplanner-bench-handover-") as folder:
        context = open_signed_in(Path(folder), "benchmark", TOOL_PASSWORD, create_as="Benchmark")
        try:
            plan_ids = create_demo_ward_for(context)
            maker = context.documents()
            start = time.perf_counter()
            maker.make(plan_ids[0], DocumentKind.KOMMUNE)  # imports reportlab, registers the fonts
            first_call = time.perf_counter() - start
            pdfmetrics.registerFont(TTFont(BARE_FONT, str(fonts_dir() / "DejaVuSans.ttf")))
            scores = {plan_id: fullness(context, maker, plan_id) for plan_id in plan_ids}
            chosen = max(plan_ids, key=lambda plan_id: scores[plan_id])
            name = context.service.plan_detail(chosen).plan.patient.name
            print(f"first call (imports, fonts, warm-up): {first_call * 1000:.0f} ms")
            print(
                f"fullest plan: {chosen} ({name}) – most handover pages, then most actions + "
                f"appointments + items done: {scores[chosen][0]} pages, {scores[chosen][1]} of those"
            )
            print(f"runs: {args.runs} each, after one warm-up each, (a) (b) (c) taking turns")
            for kind in (DocumentKind.KOMMUNE, DocumentKind.PATIENT):
                report(maker, chosen, kind, args.runs)
        finally:
            context.close()


def report(maker: DocumentMaker, plan_id: PlanId, kind: DocumentKind, runs: int) -> None:
    made = maker.make(plan_id, kind)
    count = pages(made.pdf)
    paragraphs = bare_paragraphs_for(count)
    bare(paragraphs)  # warm-up
    make_runs, render_runs, bare_runs = timed(
        (lambda: maker.make(plan_id, kind), lambda: pdf.render(made.document), lambda: bare(paragraphs)), runs
    )
    make_ms = statistics.median(make_runs) * 1000
    ratio = statistics.median(make_runs) / statistics.median(bare_runs)
    verdict = "goal met" if ratio <= RATIO_GOAL and make_ms <= ABSOLUTE_GOAL_MS else "goal missed"
    goal = f"(goal <= {RATIO_GOAL:g}x, about {ABSOLUTE_GOAL_MS:.0f} ms)  {verdict}"
    if kind is DocumentKind.PATIENT:
        print(
            f"patient copy: {count} pages; make {statistics.median(make_runs) * 1000:.1f} ms, "
            f"render {statistics.median(render_runs) * 1000:.1f} ms, bare "
            f"{statistics.median(bare_runs) * 1000:.1f} ms (medians); ratio {ratio:.2f}x {goal}"
        )
        return
    print(f"kommune handover: {count} pages (bare: {paragraphs} paragraphs, {pages(bare(paragraphs))} pages)")
    print(f"  (a) make (build + render)   {ms(make_runs)}")
    print(f"  (b) pdf.render alone        {ms(render_runs)}")
    print(f"  (c) bare reportlab          {ms(bare_runs)}")
    print(f"  ratio make / bare:    {ratio:.2f}x  {goal}")
    print(f"  ratio render / bare:  {statistics.median(render_runs) / statistics.median(bare_runs):.2f}x")


if __name__ == "__main__":
    main()
