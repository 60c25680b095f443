<#ftl output_format="plainText" strip_whitespace=true>
<#--
  The e-mail that carries a pack: the first line is the subject ("Subject: ..."), the rest after one blank line
  is the plain-text body. Model: programme (the roll-up's programme), rag (its RAG as a word), asAt
  ("31 October 2017"), attachments (each with file, size and what), packAt (where the full pack is).
  Copy this file into a programme's own templates/delivery/ folder to word it differently for that programme.
-->
<#assign c = programme.counts>
Subject: ${programme.title}: board pack for ${programme.periodName}, overall ${rag}

The board pack of the ${programme.title} (${programme.authority}) for ${programme.periodName}, as at ${asAt}.

Overall: ${rag}. ${programme.reason}<#if !programme.reason?ends_with(".")>.</#if>

Actions: ${programme.actions} in all: ${c.blue} Blue (complete), ${c.green} Green, ${c.amber} Amber, ${c.red} Red, ${c.grey} Grey; ${programme.updatesMissing} with no update this period; ${programme.percentComplete?round}% complete against ${programme.percentTimeElapsed?round}% of the programme's time gone.
<#if programme.indicatorCounts.total() gt 0>
<#assign i = programme.indicatorCounts>
Indicators: ${i.green} Green, ${i.amber} Amber, ${i.red} Red, ${i.grey} Grey (no target or no figure).
</#if>

Attached:
<#list attachments as a>
  ${a.file} (${a.size}): ${a.what}
<#else>
  nothing: the pack holds no PDF (see outputs: in programme.yml).
</#list>

The full pack (RAG tracker, board paper in Word and HTML, roll-up and manifest) is at:
  ${packAt}
<#if programme.dataLabel?has_content>

${programme.dataLabel}
</#if>
