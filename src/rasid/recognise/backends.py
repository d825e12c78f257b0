"""Which NER model to run: the shipped CRF by default, or a model the user names.

``--ner-model`` takes ``fast`` (the shipped CRF, the default), ``accurate`` (the shipped
E5-based BiLSTM-CRFs, two seeds decoded together: more accurate, much slower; needs the
``[neural]`` extra), or a path: a CRF model file (``rasid train ner``), a neural model file
(``*.pt``, ``python -m rasid.train.ner_neural``, one model or several; needs the ``[neural]``
extra) or a local Hugging Face token-classification model directory (needs ``transformers``;
never downloads).
Models are loaded once per process.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasid.errors import ModelError

#: the packages the neural models import, and the extra that installs them
_NEURAL = {"torch": "neural", "transformers": "transformers"}


def check_model(path: str | None) -> None:
    """Fail before any work on a model path that does not exist (loading waits for the first
    article)."""
    from rasid.recognise.tagger import model_path

    if path is not None and not model_path(path).exists():
        raise ModelError("NER model not found (no file or directory at this path)", path=path)


@cache
def load_tagger(path: str | None = None) -> Any:
    """The tagger for ``path`` (``None``: the shipped model); a clear ``ModelError`` otherwise."""
    from rasid.recognise.tagger import NerTagger, model_path

    if path is None:
        return NerTagger.load()
    check_model(path)
    model = model_path(path)
    try:
        if model.is_dir():
            from rasid.recognise.transformer import TransformerTagger

            return TransformerTagger.load(model)
        return NerTagger.load(model)
    except ImportError as exc:
        extra = _NEURAL.get((exc.name or "").split(".")[0])
        hint = f" (pip install 'rasid[{extra}]')" if extra else ""
        raise ModelError(f"cannot load the NER model: {exc}{hint}", path=path) from None
    except (OSError, ValueError, KeyError) as exc:
        reason = f"not a usable NER model ({type(exc).__name__}: {exc})"
        raise ModelError(reason, path=path) from None
