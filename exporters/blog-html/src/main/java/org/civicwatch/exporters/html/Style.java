package org.civicwatch.exporters.html;

/** The page's style sheet, scoped to {@code .civicwatch} so a fragment does not restyle the blog around it. */
final class Style {
    static final String CSS = """
            .civicwatch{--ink:#1f2328;--muted:#5b6470;--line:#d8dee4;--soft:#f6f8fa;--accent:#0b5cad;\
            --none:#e6f4ea;--none-ink:#17612e;--warn:#fff4e0;--warn-ink:#8a4b00;\
            font-family:"Hiragino Sans","Hiragino Kaku Gothic ProN","Noto Sans JP","Yu Gothic",Meiryo,system-ui,sans-serif;\
            color:var(--ink);line-height:1.75;max-width:52rem;margin:0 auto;padding:1.5rem 1rem}
            .civicwatch h1{font-size:1.7rem;line-height:1.35;margin:0 0 .5rem}
            .civicwatch h2{font-size:1.3rem;margin:2.5rem 0 1rem;padding-bottom:.3rem;border-bottom:2px solid var(--ink)}
            .civicwatch h3{font-size:1.08rem;margin:.2rem 0 .4rem}
            .civicwatch h3 small{font-weight:normal;color:var(--muted);font-size:.85rem;margin-left:.5rem}
            .civicwatch a{color:var(--accent)}
            .civicwatch .cw-description{font-size:1.05rem;margin:.3rem 0 1rem}
            .civicwatch .cw-facts{margin:.4rem 0;display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem}
            .civicwatch .cw-facts>div{display:contents}
            .civicwatch .cw-facts dt{color:var(--muted);font-size:.9rem}
            .civicwatch .cw-facts dd{margin:0}
            .civicwatch .cw-links{list-style:none;margin:0;padding:0}
            .civicwatch .cw-links time{white-space:nowrap}
            .civicwatch .cw-contents ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
            .civicwatch .cw-contents a{display:inline-block;padding:.15rem .7rem;border:1px solid var(--line);\
            border-radius:1rem;text-decoration:none;background:var(--soft)}
            .civicwatch .cw-badges{margin:.2rem 0}
            .civicwatch .cw-badge{display:inline-block;font-size:.78rem;padding:0 .5rem;border-radius:.7rem;\
            background:var(--soft);border:1px solid var(--line);white-space:nowrap}
            .civicwatch .cw-status-alleged{background:var(--warn);color:var(--warn-ink);border-color:#f0c987}
            .civicwatch .cw-status-confirmed{background:#fde8e8;color:#9b1c1c;border-color:#f5b5b5}
            .civicwatch .cw-timeline{list-style:none;margin:0;padding:0 0 0 1.2rem;border-left:3px solid var(--line)}
            .civicwatch .cw-incident{position:relative;margin:0 0 1.8rem}
            .civicwatch .cw-incident::before{content:"";position:absolute;left:-1.72rem;top:.45rem;width:.8rem;\
            height:.8rem;border-radius:50%;background:var(--accent);border:2px solid #fff}
            .civicwatch .cw-when{margin:0;color:var(--accent);font-weight:bold;font-size:.92rem}
            .civicwatch .cw-table{overflow-x:auto}
            .civicwatch table.cw-floors{border-collapse:collapse;width:100%;font-size:.93rem;margin:.3rem 0}
            .civicwatch .cw-floors th,.civicwatch .cw-floors td{border-bottom:1px solid var(--line);padding:.4rem .55rem;\
            text-align:left;vertical-align:top}
            .civicwatch .cw-floors thead th{background:var(--soft);font-size:.85rem;color:var(--muted)}
            .civicwatch .cw-floors th.cw-floor{white-space:nowrap;background:var(--soft);font-size:1rem}
            .civicwatch .cw-floors td.cw-count{font-size:1.1rem;font-weight:bold;white-space:nowrap}
            .civicwatch .cw-floors td small{display:block;color:var(--muted);font-size:.8rem}
            .civicwatch .cw-floors td.cw-area{min-width:10em}
            .civicwatch .cw-floors td.cw-described{font-size:.9rem;font-weight:normal;white-space:normal}
            .civicwatch .cw-floors td.cw-device{white-space:nowrap}
            .civicwatch .cw-floors td.cw-notes{font-size:.85rem;color:var(--muted)}
            .civicwatch tr.cw-absent td{background:var(--none)}
            .civicwatch .cw-none{color:var(--none-ink)}
            .civicwatch .cw-camera{background:#e8f0fb;border-color:#b6cdef}
            .civicwatch .cw-not-camera{background:var(--warn);color:var(--warn-ink);border-color:#f0c987}
            .civicwatch .cw-survey{font-size:.9rem}
            .civicwatch .cw-filing{border:1px solid var(--line);border-radius:.5rem;padding:.8rem 1rem;margin:0 0 1.2rem}
            .civicwatch .cw-events{margin:.6rem 0;padding-left:1.4rem}
            .civicwatch .cw-events time{display:inline-block;min-width:8.5em;color:var(--muted)}
            .civicwatch .cw-outcome,.civicwatch .cw-remedy,.civicwatch .cw-deadline{margin:.35rem 0;padding:.3rem .7rem;\
            border-radius:.3rem}
            .civicwatch .cw-outcome{background:var(--soft)}
            .civicwatch .cw-remedy{background:var(--none)}
            .civicwatch .cw-deadline{background:var(--warn)}
            .civicwatch .cw-label{color:var(--muted);font-size:.85rem;margin-right:.4rem}
            .civicwatch .cw-citations{padding-left:1.4rem}
            .civicwatch .cw-citations li{margin:0 0 .9rem}
            .civicwatch .cw-headline{font-style:normal;font-weight:bold;display:block}
            .civicwatch .cw-source{color:var(--muted);font-size:.9rem}
            .civicwatch blockquote{margin:.3rem 0;padding-left:.8rem;border-left:3px solid var(--line);color:var(--muted)}
            .civicwatch .cw-footer{margin-top:3rem;border-top:1px solid var(--line);color:var(--muted);font-size:.85rem}
            """ + Style.NARROW_SCREEN;

    /** The widest screen (a phone held upright, 390 CSS px and the like) on which the floor tables are stacked. */
    static final String NARROW = "40rem";

    /**
     * On a narrow screen each row of a floor table becomes a block: the floor as its heading, the area with the
     * count beside it (labelled by its column's name from {@code data-label}), then the device and the notes.
     * Nothing is wider than the screen, so the count is never scrolled out of sight. Long words and URLs break.
     */
    static final String NARROW_SCREEN = "@media (max-width:" + NARROW + "){\n" + """
            .civicwatch{padding:1rem .75rem;overflow-wrap:break-word}
            .civicwatch .cw-facts{grid-template-columns:minmax(0,auto) minmax(0,1fr)}
            .civicwatch .cw-table{overflow-x:visible}
            .civicwatch table.cw-floors,.civicwatch .cw-floors tbody,.civicwatch .cw-floors th,\
            .civicwatch .cw-floors td{display:block}
            .civicwatch .cw-floors thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
            .civicwatch .cw-floors tr{display:grid;grid-template-columns:minmax(0,1fr) auto;gap:.15rem .8rem;\
            padding:.5rem .2rem;border-bottom:1px solid var(--line)}
            .civicwatch .cw-floors th,.civicwatch .cw-floors td{border:0;padding:0}
            .civicwatch .cw-floors th.cw-floor{grid-column:1/-1;margin:-.5rem -.2rem .3rem;padding:.3rem .4rem}
            .civicwatch .cw-floors td.cw-area{grid-column:1;min-width:0}
            .civicwatch .cw-floors td.cw-count{grid-column:2;grid-row:span 2;order:1;text-align:right;max-width:10em;\
            white-space:normal}
            .civicwatch .cw-floors td.cw-count::before{content:attr(data-label);display:block;font-size:.72rem;\
            font-weight:normal;line-height:1.2;color:var(--muted)}
            .civicwatch .cw-floors td.cw-device{grid-column:1;order:2;white-space:normal}
            .civicwatch .cw-floors td.cw-notes{grid-column:1/-1;order:3}
            .civicwatch tr.cw-absent{background:var(--none)}
            .civicwatch tr.cw-absent td{background:none}
            .civicwatch .cw-events time{min-width:0}
            }
            """;

    private Style() {
    }
}
