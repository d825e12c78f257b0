"""Several neural NER models decoded together (the experiment in ``data/ner/README.md``):
Viterbi over the sums of their CRF scores. Needs torch (the ``neural`` extra)."""

from __future__ import annotations

from collections.abc import Sequence

from rasid.recognise.neural import NeuralTagger, viterbi


class EnsembleTagger:
    """Several ``NeuralTagger``s decoded together: Viterbi over the sums of their emission,
    transition, start and end scores (a product of their CRF distributions)."""

    def __init__(self, members: Sequence[NeuralTagger]) -> None:
        self.members = list(members)
        tags = self.members[0].tags
        assert all(m.tags == tags for m in self.members), "members must share the tag set"
        self.tags = tags
        self.source = "neural-ensemble"

    def known(self, form: str) -> int:
        return self.members[0].known(form)

    def tag(self, words: Sequence[str]) -> list[str]:
        return self.tag_many([words])[0]

    def tag_many(self, sentences: Sequence[Sequence[str]], batch: int = 32) -> list[list[str]]:
        from rasid.recognise.tagger import _repair, map_tag

        nets = [m.net for m in self.members]
        trans = sum(n.trans.detach().numpy() for n in nets)
        start = sum(n.start.detach().numpy() for n in nets)
        end = sum(n.end.detach().numpy() for n in nets)
        per = [m.scores(sentences, batch) for m in self.members]
        out: list[list[str]] = []
        for k, s in enumerate(sentences):
            if not len(s):
                out.append([])
                continue
            emis = sum(p[k] for p in per)
            out.append(_repair([map_tag(self.tags[j]) for j in viterbi(emis, trans, start, end)]))
        return out
