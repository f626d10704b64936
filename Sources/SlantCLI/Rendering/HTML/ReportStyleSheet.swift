/// The report's inline style sheet. Families differ by underline style and a text marker as well
/// as by colour; every focusable thing has a visible focus ring. It holds no `<`, `>` or `&`, so
/// that the page stays well-formed XML.
enum ReportStyleSheet {
  static let css = """
    :root { --ink: #1d1d1f; --muted: #5a5a63; --rule: #d7d7de; --paper: #ffffff; --tint: #f6f6f9; --focus: #1a5fb4; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 70rem; padding: 1.5rem 1.25rem 4rem; color: var(--ink); background: var(--paper);
      font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
    h1 { font-size: 1.9rem; margin: 0 0 .25rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid var(--rule); padding-bottom: .2rem; }
    h3 { margin: 1.5rem 0 .5rem; } .lede, .hint, .chart-summary, .doc-meta, .byline { color: var(--muted); }
    a { color: var(--focus); } code { font-size: .9em; }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
    nav.contents { background: var(--tint); border: 1px solid var(--rule); border-radius: 6px; padding: .75rem 1rem; }
    nav.contents h2 { margin-top: .25rem; } nav.contents ol { margin: .25rem 0; } nav.contents .outlet-documents { columns: 2 22rem; font-size: .92rem; }
    table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .93rem; }
    th, td { text-align: left; padding: .25rem .6rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
    td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
    figure.chart { margin: 1.25rem 0 2rem; } figure.chart figcaption { font-weight: 650; font-size: 1.1rem; }
    figure.chart svg { max-width: 100%; height: auto; font: 13px system-ui, sans-serif; }
    svg .group-heading { font-weight: 650; fill: var(--ink); } svg .bar-label, svg .tick-label { fill: var(--ink); }
    svg .bar-value { fill: var(--muted); font-variant-numeric: tabular-nums; }
    svg .whisker { stroke: var(--ink); stroke-width: 1.5; fill: none; } svg .axis, svg .tick { stroke: var(--muted); }
    svg .reference { stroke: var(--muted); stroke-width: 1; stroke-dasharray: 4 3; } svg .reference-label { fill: var(--muted); font-size: 12px; }
    .warning { border: 2px solid #9a6700; border-left-width: 8px; background: #fff8e1; border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0; }
    .warning p { margin: .3rem 0; } .warning ul { margin: .2rem 0; } .warning-title { font-weight: 700; }
    nav.contents .chart-index { columns: 2 18rem; font-size: .92rem; }
    dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1rem; align-items: baseline; }
    dl.legend dd { margin: 0; }
    details.document { border: 1px solid var(--rule); border-radius: 6px; margin: .5rem 0; background: var(--paper); }
    summary.doc-summary { cursor: pointer; padding: .55rem .8rem; background: var(--tint); border-radius: 6px; }
    details.document[open] summary.doc-summary { border-bottom: 1px solid var(--rule); border-radius: 6px 6px 0 0; }
    .doc-title { font-weight: 650; margin-right: .6rem; } .doc-meta { font-size: .9rem; }
    .doc-body { padding: .5rem 1rem 1rem; } .doc-source { font-size: .9rem; overflow-wrap: anywhere; }
    ol.sentences { padding-left: 2.6rem; }
    li.sentence { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; padding: .45rem 0 .45rem .6rem;
      border-left: 4px solid var(--rule); margin-bottom: .4rem; }
    li.sentence::marker { color: var(--muted); font-size: .85rem; }
    li.sentence.support-unsupported { border-left-color: #c01c28; } li.sentence.support-hedged { border-left: 4px dashed #0b7285; }
    li.sentence.support-attributed { border-left-color: #2f7d32; } li.sentence.support-vague-source { border-left: 4px dotted #9a6700; }
    .scorer .text { margin: 0 0 .2rem; }
    .hit { position: relative; background: transparent; color: inherit; padding: 0 .08em; border-radius: 2px;
      text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
    .hit::before { content: attr(data-marker); font-size: .62em; font-weight: 700; vertical-align: super; margin-right: .12em; }
    .f-loaded { background: #fde2e1; text-decoration-color: #c01c28; text-decoration-style: solid; } .f-loaded::before { color: #a51d2d; }
    .f-labels { background: #f3e0f7; text-decoration-color: #813d9c; text-decoration-style: double; } .f-labels::before { color: #813d9c; }
    .f-intensity { background: #fbefc5; text-decoration-color: #8a5a00; text-decoration-style: dotted; } .f-intensity::before { color: #8a5a00; }
    .f-hedges { background: #dcf1f4; text-decoration-color: #0b7285; text-decoration-style: dashed; } .f-hedges::before { color: #0b7285; }
    .f-attribution { background: #e0f2e3; text-decoration-color: #2f7d32; text-decoration-style: wavy; } .f-attribution::before { color: #2f7d32; }
    .f-verbs { background: #e3ebfb; text-decoration-line: overline; text-decoration-color: #1a5fb4; } .f-verbs::before { color: #1a5fb4; }
    .hit:focus::after { content: attr(title); position: absolute; left: 0; top: 1.9em; z-index: 3; width: max-content; max-width: 30rem;
      padding: .4rem .55rem; background: #1d1d1f; color: #fff; font-size: .85rem; line-height: 1.4; border-radius: 4px; white-space: normal; }
    details.why { display: inline-block; margin-right: .5rem; } details.why summary { cursor: pointer; }
    details.why .reason { margin: .2rem 0 .3rem; font-size: .9rem; color: var(--muted); }
    .label { display: inline-block; font-size: .78rem; font-weight: 650; letter-spacing: .02em; padding: .05rem .45rem; border-radius: 999px;
      border: 1px solid currentColor; text-transform: uppercase; }
    .label-attributed { color: #2f7d32; } .label-vague-source { color: #8a5a00; } .label-hedged { color: #0b7285; }
    .label-unsupported { color: #fff; background: #c01c28; border-color: #c01c28; } .label-neutral { color: var(--muted); }
    .frames { margin: 0; font-size: .85rem; color: var(--muted); }
    ul.annotations { list-style: none; margin: 0; padding: .35rem .6rem; background: #fffbe6; border: 1px solid #eadb94; border-radius: 6px; font-size: .92rem; }
    ul.annotations li + li { border-top: 1px solid #eadb94; margin-top: .35rem; padding-top: .35rem; }
    .annotation p { margin: 0; } .annotation blockquote { margin: .15rem 0; font-style: italic; }
    .human-label { display: inline-block; font-weight: 650; margin-right: .4rem; } .human-label::before { content: "✎ "; }
    .disagrees { display: inline-block; font-size: .8rem; color: #a51d2d; font-weight: 650; } .disagrees::before { content: "≠ "; }
    .note { white-space: pre-wrap; } .byline { font-size: .82rem; }
    @media (max-width: 46rem) { li.sentence { grid-template-columns: 1fr; } }
    @media print { details.document { break-inside: avoid-page; } }
    """
}
