"""Optional NER backend: a local Hugging Face token-classification model.

Install with ``pip install rasid[transformers]`` and point ``TransformerTagger.load`` at a
model directory on disk (for example an Arabic BERT fine-tuned on ANERcorp). Nothing is ever
downloaded: every ``from_pretrained`` call passes ``local_files_only=True``. Tags come out in
the same label set as the CRF tagger (PER, ORG, LOC, MISC; ``PERS`` → ``PER``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rasid.recognise.tagger import _repair, map_tag


class TransformerTagger:
    """Word-level BIO tags from a sub-word token classifier (first sub-word decides)."""

    source = "transformer"

    def __init__(self, model: object, tokenizer: object, labels: dict[int, str],
                 max_words: int = 200) -> None:
        self._model = model
        self._tok = tokenizer
        self._labels = labels
        self.max_words = max_words

    @classmethod
    def load(cls, path: Path | str) -> TransformerTagger:
        model_dir = Path(path)
        if not model_dir.is_dir():
            raise FileNotFoundError(f"NER model directory not found: {model_dir}")
        try:
            from transformers import AutoModelForTokenClassification, AutoTokenizer
        except ImportError as exc:
            raise ImportError(
                "the transformer NER backend needs the 'transformers' package "
                "(pip install 'rasid[transformers]')"
            ) from exc
        tok = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)  # offline-ok
        model = AutoModelForTokenClassification.from_pretrained(  # offline-ok
            str(model_dir), local_files_only=True
        )
        model.eval()
        labels = {int(k): v for k, v in model.config.id2label.items()}
        return cls(model, tok, labels)

    def known(self, form: str) -> int:  # the CRF tagger's clitic evidence; none here
        return 0

    def tag(self, words: Sequence[str]) -> list[str]:
        return self.tag_many([words])[0]

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        return [self._tag_long(list(s)) for s in sentences]

    def _tag_long(self, words: list[str]) -> list[str]:
        out: list[str] = []
        for i in range(0, len(words), self.max_words):
            out.extend(self._tag_chunk(words[i : i + self.max_words]))
        return _repair(out)

    def _tag_chunk(self, words: list[str]) -> list[str]:
        if not words:
            return []
        import torch

        enc = self._tok(words, is_split_into_words=True, truncation=True,  # type: ignore[operator]
                        return_tensors="pt")
        with torch.no_grad():
            logits = self._model(**enc).logits[0]  # type: ignore[operator]
        pred = logits.argmax(-1).tolist()
        tags = ["O"] * len(words)
        seen: set[int] = set()
        for pos, wid in enumerate(enc.word_ids()):
            if wid is None or wid in seen:
                continue
            seen.add(wid)
            tags[wid] = map_tag(self._labels.get(pred[pos], "O"))
        return tags
