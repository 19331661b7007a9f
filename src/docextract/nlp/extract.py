"""Document -> fact candidates: segment, run the spaCy pipeline over all sentences in one
batch, then walk them in reading order carrying context (see context.py, linking.py)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import regex as re

from .. import resources
from ..calendar_nl import MONTH_NAMES, is_year
from ..layout.roles import CAPTION_START
from ..models import Document, FactCandidate, Period, Provenance, Role
from . import context as ctxmod
from .components.periods import MONTHS
from .context import DocContext
from .linking import SentenceContext, country_cue_text, link, reference_from_title
from .pipeline import default_pipeline
from .segment import Sentence, line_bbox, paragraphs, sentences


def reference_of(doc: Document) -> tuple[date | None, date | None] | None:
    meta = doc.meta
    if meta.reference_end:
        return meta.reference_start, meta.reference_end
    for b in doc.blocks()[:10]:
        r = reference_from_title(b.text) if b.role == Role.HEADING else None
        if r and any(w in b.text.lower() for w in MONTH_NAMES):
            return r
    return reference_from_title(meta.title)


def document_sentences(doc: Document) -> list[Sentence]:
    return sentences(paragraphs(doc))


def analyse(doc: Document, nlp=None, batch_size: int = 256):
    """The sentences of a document with their processed spaCy Docs."""
    nlp = nlp or default_pipeline()
    sents = document_sentences(doc)
    ref = reference_of(doc)
    docs = []
    for s in sents:
        d = nlp.make_doc(s.text)
        d._.reference = ref
        docs.append(d)
    return sents, list(nlp.pipe(docs, batch_size=batch_size))


def extract_facts(document: Document) -> list[FactCandidate]:
    sents, docs = analyse(document)
    neighbours = _neighbours(document)
    dashboards = {p.number for p in document.pages if any(b.role == Role.DASHBOARD_PANEL for b in p.blocks)}
    ctx = DocContext()
    families: Counter = Counter()
    out: list[FactCandidate] = []
    is_pdf = document.format == "pdf"
    ticks = set() if is_pdf else _tick_labels(sents, dashboards)
    prev_para = None
    title_para = None  # the last paragraph read as a title (heading, panel title, question)
    after_figure = False  # the previous paragraph was a figure, table or figure title
    note_para = False  # the paragraph read is a footnote's text
    for sent, sdoc in zip(sents, docs, strict=True):
        para = sent.para
        text = sent.text
        if para is not prev_para and prev_para is not None:
            after_figure = prev_para.role in (Role.FIGURE, Role.TABLE) or (
                prev_para.role == Role.CAPTION and bool(CAPTION_START.match(prev_para.text)))
        pool = [m.metric_ids for m in sdoc._.metric_mentions or []]
        own = [p for p in sdoc._.periods or [] if p.kind not in ("base", "since")]
        period = Period(start=own[-1].start_date, end=own[-1].end_date) if own else None
        families.update(i.split("_")[0] for ids in pool for i in ids)
        new_para = para is not prev_para
        if new_para and prev_para is not None and not is_pdf and para.pieces[0].block.page in dashboards \
                and prev_para is not title_para:
            # a text layer's dashboard page has no geometry to tell its panels apart: each paragraph is a
            # panel (or a piece of one), so no metric carries over from the paragraph before, only from a title
            # right above it
            ctx.panel_break()
        prev_para = para
        qs0 = sdoc._.quantities or []
        if new_para:
            # "146 Vanwege aanpassingen ... telt op tot 9.969. De taakstelling betreft wel 10.000.": a paragraph that
            # opens with a note number is the note, all its sentences
            note_para = bool(qs0) and qs0[0].start == 0 and qs0[0].skip == "footnote"
        if note_para:
            continue

        if ctxmod.ANSWER_MARK.match(text):
            ctx.in_question = False
            continue
        if ctxmod.QUESTION_MARK.match(text):
            ctx.new_section([], None, set())
            ctx.in_question = True
            rest = ctxmod.QUESTION_MARK.sub("", text).strip()
            if not rest:
                continue
        is_question = text.rstrip().endswith("?")
        if ctxmod.BRON.match(text) or (ctxmod.rounding_of(text) and not sdoc._.quantities):
            # A Bron line under a figure sources the figure; anywhere else it closes the passage,
            # whatever role the layout gave the line.
            figure_source = para.role == Role.CAPTION and (after_figure or bool(CAPTION_START.match(para.text)))
            if not figure_source:
                ctx.saw_bron = ctx.saw_bron or bool(ctxmod.BRON.match(text))
                source = sdoc._.orgs[0].org if sdoc._.orgs else None
                ctx.close_passage(source, ctxmod.rounding_of(text))
                ctx.lead_pool, ctx.lead_period = [], None
            continue
        # a data label among a chart's axis ticks ("Immigratie: 403.108") is the tables stage's; like a
        # heading it names what the figures after it are about
        page = para.pieces[0].block.page
        chart_label = (len(para.pieces) == 1 and not _opens_statement(text)
                       and _between_ticks(para.pieces[0].block, neighbours)) or (page, text.strip()) in ticks
        # a dashboard's panel, or its key figure set as a heading ("Nationaal loket ... 5.550 zelfstandigen")
        panel = para.role == Role.DASHBOARD_PANEL or (para.role == Role.HEADING and page in dashboards)
        # a dashboard panel's line without figures and without a full stop that names a metric or a period
        # titles the panel after it ("Top 3 aantoonbaar vertrek via DT&V" over "1. Oekraïense 2. Poolse");
        # a chart's legend entry ("Bulgaars") does not
        panel_title = (panel and (pool or period is not None) and not _has_figures(sdoc)
                       and not text.rstrip().endswith((".", "!", "?", ":"))
                       and not any(q.skip == "enumerator" for q in sdoc._.quantities or []))
        heading_like = chart_label or panel_title or (para.role == Role.HEADING and not para.is_list
                                                      and not _has_figures(sdoc))
        if is_question or heading_like:
            # consecutive question sentences (and "Vraag (N):" + its text) make one section
            lemmas = {t.lemma_ for t in sdoc if t.is_alpha and len(t) > 3}
            scope = country_cue_text(text)
            if ctx.in_question and is_question:
                ctx.extend_section(pool, period, lemmas)
            else:
                ctx.new_section(pool, period, lemmas)
                ctx.section.titled = heading_like and not is_question
                if heading_like and period is not None and (ctx.page_period is None or ctx.page_period[0] != page):
                    ctx.page_period = (page, period)  # the page's title: "Toezicht en vertrek 2022"
            ctx.section.country_scope = ctx.section.country_scope or scope
            ctx.in_question = is_question
            title_para = para
            continue
        if is_label(sdoc, text):
            continue  # "Asiel; 11%", "Studie 18%", "40%": a chart's label or tick, the tables stage's
        ctx.in_question = False
        if new_para:
            ctx.told = []
        if not para.is_list and new_para:
            ctx.lead_pool, ctx.lead_period = [], None
        if para.role == Role.CAPTION and CAPTION_START.match(text):
            continue  # "Figuur 78: ..." titles a table or chart: the tables stage reads those

        sctx = _sentence_context(ctx, para.is_list)
        sctx.families = families
        sctx.prev_places = ctx.prev_places
        sctx.country_scope = ctx.section.country_scope or (para.is_list and bool(ctx.lead_pool) and ctx.lead_scope)
        if period is None:
            # a dashboard's panels stand side by side: the page title's period, not the panel read before
            if ctx.page_period and ctx.page_period[0] == page and (sctx.period is None or panel):
                sctx.period = ctx.page_period[1]
            elif _named_year(sdoc):
                # a sentence dated by a year that is part of a name ("Middels de voorjaarsnota 2023") is not dated
                # by the year of the passage either
                sctx.period = None
            elif ctx.stale > STALE_AFTER:
                # a period stated many sentences back no longer dates the text, a heading's still does
                sctx.period = ctx.section.period if ctx.section.titled else None
            if ctx.since is not None and SINCE_START.search(text):
                sctx.period = ctx.since  # "Vanaf de start zijn er 30 vergunningen verleend": since the start dated before
            if sctx.period is not None and YEAR_BEFORE.search(text):
                sctx.period = sctx.period.previous_year()  # "Een jaar ervoor was dat nog 45%."
        linked = link(sdoc, sctx)
        since = [p for p in sdoc._.periods or [] if p.kind == "since"]
        if since:
            ctx.since = Period(start=since[-1].start_date, end=None)
        ctx.stale = 0 if (linked or period is not None) else ctx.stale + 1
        ctx.told = [] if linked else (pool or ctx.told)
        ctx.prev_places = list(sdoc._.places or [])
        if text.rstrip().endswith(":") and not linked and not para.is_list:
            ctx.lead_pool, ctx.lead_period = pool, period
            ctx.lead_scope = country_cue_text(text)
        # a day or month named in a sentence without figures dates a letter, a meeting or an event ("Brief van
        # 8 juni 2022", "In juli 2023 heeft de Commissie een voorstel gedaan"), not the figures after it
        dated_only = not linked and own[-1].kind in ("date", "month") if own else False
        if period is not None and not dated_only and not _looks_back(text, period, ctx.last_period):
            ctx.last_period = period
        for ln in linked:
            block, off = para.locate(sent.start + ln.q.start_char)
            bbox = line_bbox(block, off) if is_pdf else None
            cand = FactCandidate(
                metric=ln.metric, value=ln.q.value, unit=ln.q.unit, approx=ln.q.approx,
                period=ln.period, dimensions=ln.dims,
                provenance=Provenance(page=block.page if is_pdf else None, bbox=bbox, quote=sent.quote,
                                      extractor="text"),
                anchor=(block.page, block.order, off),
            )
            out.append(cand)
            ctx.passage.append(cand)
            ctx.last_metric = ln.carry or ln.metric
        if linked and ctxmod.rounding_of(text):
            ctx.close_passage(None, ctxmod.rounding_of(text))
    if not ctx.saw_bron and document.meta.publisher:
        # a publication without any Bron-line states its own figures
        orgs = default_pipeline()(document.meta.publisher)._.orgs
        if orgs:
            for c in out:
                c.source = c.source or orgs[0].org
    return out


def _vocab() -> dict:
    return resources.data_file("statistics_nl.yaml")


YEAR_BEFORE = re.compile(r"\b(?:" + "|".join(_vocab()["year_before"]) + r")\b", re.I)
SINCE_START = re.compile(r"\b(?:" + "|".join(_vocab()["since_start"]) + r")\b", re.I)
LOOK_BACK_RE = re.compile(r"\b(?:" + "|".join(_vocab()["look_back"]) + r")\b", re.I)
_LABEL_WORDS = re.compile(r"\p{L}{2,}")
_VERBISH = re.compile(r"\b(?:" + "|".join([*_vocab()["auxiliary_verbs"], *_vocab()["statement_verbs"]]) + r")\b", re.I)


def is_label(sdoc, text: str | None = None) -> bool:
    """A chart's data label or axis tick read as text: a figure alone ("40%", "12 weken") or a short
    label with its figure last and no verb ("Asiel; 11%", "Studie 18%", "Gedwongen vertrek (15%)").
    Key-value statements keep their colon ("Migratiesaldo: 51.824"); statements that open with the
    figure ("360 ongewenstverklaringen") are not labels."""
    qs = [q for q in sdoc._.quantities or [] if q.skip is None]
    if not qs:
        return False
    full = text if text is not None else sdoc.text
    text = full.strip()
    words = _LABEL_WORDS.findall(text)
    if _VERBISH.search(text) or text.endswith((".", "?", "!")):
        return False
    if any(re.search(r"\b(?:en|of)\s+$", full[:q.start_char]) for q in qs[:1]) and len(words) > 3:
        return False  # "... personen gemeld en 5.550 zelfstandigen": figures coordinated in a statement
    tokens = text.split()
    if len(tokens) >= 8 and sum(bool(re.match(r"[-+]?\d", t)) for t in tokens) >= 0.4 * len(tokens) and \
            all(q.unit in ("count", "percent") for q in qs):
        # "Stand op 1 Provincie 145 2022-I 2022-II 1 januari 2022 2023", "% verschil 2021 2022 ... 1.700 1.820
        # +7% -15%": a table's header or rows run together
        return True
    if len(re.findall(r";\s*[-+]?\d", text)) >= 2:
        return True  # "Overig; 34% Syrië; 42% Afghanistan ...": a chart's run of "label; value" entries
    if sum(w.lower() in MONTHS for w in words) >= 3 or re.search(r"[<>]\s*\d", text):
        return True  # a time axis ("0 jan feb mrt ...") or a chart's bins ("< 15 weken", "> 1 jaar")
    if len(words) > 6:
        return False
    if text.endswith(";") and len(words) <= 3 and all(w[0].isupper() for w in words):
        return True  # "8% Indonesische;": one entry of a chart's label run (a bullet says "26% uit Syrië;")
    if all(not w or w.lower() in ("procent", "weken", "dagen", "maanden", "mln", "miljoen") for w in words):
        return True  # a bare figure
    if any(q.skip == "enumerator" and q.start == 0 for q in sdoc._.quantities) and len(sdoc._.places or []) == 1:
        return False  # "1. Turkije 3,6 miljoen": an entry of a numbered top list (a table row names several)
    first = sdoc[qs[0].start]
    if len(qs) == 1 and len(words) >= 3 and all(w[0].isupper() for w in words) and not full[qs[0].end_char:].strip(
            ).startswith(("(", ":")):
        return True  # "0,0% EU-27 Nederland België Duitsland": an axis tick over the chart's category labels
    if first.i == 0 or (first.i == 1 and (sdoc[0].text in "•-–(" or sdoc[0].lower_ in ("en", "of"))):
        return False  # the statement opens with its figure
    last_q = qs[-1]
    tail = full[last_q.end_char:].strip(" )")
    head = full[:qs[0].start_char]
    return (not tail or len(_LABEL_WORDS.findall(tail)) <= 1) and ":" not in head


_TICK = re.compile(r"^\s*[-−–]?\s?\d{1,3}(?:[.\s]?000)*\s*$")


def _neighbours(document: Document) -> dict[int, tuple]:
    """Block id -> (block before, block after) in reading order on its page."""
    out: dict[int, tuple] = {}
    for page in document.pages:
        blocks = sorted(page.blocks, key=lambda b: b.order)
        for i, b in enumerate(blocks):
            out[id(b)] = (blocks[i - 1] if i else None, blocks[i + 1] if i + 1 < len(blocks) else None)
    return out


_KEY_VALUE = re.compile(r"^(\p{L}[\p{L} ]{2,40}):\s*(\d{1,3}(?:\.\d{3})+)$")


def _tick_labels(sents: list[Sentence], dashboards: set[int]) -> set[tuple[int, str]]:
    """(page, text) of a text-layer dashboard's 'Immigratie: 120.000' lines whose label the page gives several
    values: one label states one figure, so these are a chart's axis ticks run into its label."""
    values: dict[tuple[int, str], set[str]] = {}
    for s in sents:
        page = s.para.pieces[0].block.page
        m = _KEY_VALUE.match(s.text.strip()) if page in dashboards else None
        if m:
            values.setdefault((page, m[1].lower()), set()).add(m[2])
    return {(s.para.pieces[0].block.page, s.text.strip()) for s in sents
            if (m := _KEY_VALUE.match(s.text.strip())) and len(values.get((s.para.pieces[0].block.page, m[1].lower()), ())) > 1}


def _between_ticks(block, neighbours: dict[int, tuple]) -> bool:
    """'Immigratie: 403.108' read between '200.000' and '150.000': a data label among a chart's axis
    ticks, the tables stage's."""
    around = neighbours.get(id(block), (None, None))
    return all(b is not None and _TICK.match(b.text.split("\n")[0]) for b in around)


def _looks_back(text: str, period: Period, last: Period | None) -> bool:
    """'In 2021 was dit 62%.': an earlier year compared with, not the new subject period."""
    if last is None or period.start is None or last.start is None or period.start >= last.start:
        return False
    return bool(LOOK_BACK_RE.search(text))


STALE_AFTER = 6  # sentences without a figure or a period after which a stated period stops carrying


def _named_year(sdoc) -> bool:
    """A year written as a word of its own that no period mention took: part of a name."""
    covered = {i for p in sdoc._.periods or [] for i in range(p.start, p.end)}
    return any(is_year(t.text) and t.i not in covered for t in sdoc)




_STATEMENT_START = re.compile(r"^\W{0,2}[-+]?\d[\d.,]*%?\s+\p{Ll}{3,}")


def _opens_statement(text: str) -> bool:
    """'24.850 ondersteund door Frontex': a figure followed by what it counts states a fact, also
    between a chart's ticks ('Immigratie: 403.108' is the chart's data label)."""
    return bool(_STATEMENT_START.match(text))


def _has_figures(sdoc) -> bool:
    return any(q.skip is None for q in sdoc._.quantities or [])


def _sentence_context(ctx: DocContext, is_list: bool) -> SentenceContext:
    pool: list[list[str]] = []
    period = None
    if is_list and ctx.lead_pool:
        pool = ctx.lead_pool
        period = ctx.lead_period
    if not pool and ctx.told:
        pool = ctx.told
    if not pool and ctx.last_metric:
        pool = [[ctx.last_metric]]
    if not pool:
        pool = ctx.section.pool
    period = period or ctx.last_period or ctx.section.period
    related = {i for ids in ctx.section.pool + ctx.lead_pool for i in ids}
    if ctx.last_metric:
        related.add(ctx.last_metric)
    # the families (id prefixes) the context names without doubt: "asylum" under "Eerste asielaanvragen"
    sure = [ids[0] for ids in ctx.section.pool + ctx.lead_pool if len(ids) == 1] + [ctx.last_metric or ""]
    topic = {i.split("_")[0] for i in sure if i}
    return SentenceContext(pool=pool, related=related, words=ctx.section.words, period=period, topic=topic)
