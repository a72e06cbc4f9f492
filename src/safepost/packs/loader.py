"""Load, merge (`extends:`) and validate policy packs, with errors that name file, line and field."""
from __future__ import annotations

import copy
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from safepost.packs.schema import Pack
from safepost.types import SafepostError

BUILTIN_DIR = Path(str(resources.files("safepost.packs") / "builtin"))
BASE_ID = "_base"


class PackError(SafepostError):
    """A pack that cannot be used, with a message naming the file, line and field."""


# libyaml's safe loader when PyYAML was built with it (reading the packs is a visible part of start-up), else PyYAML's
# own; both build plain data only and keep line numbers for error messages.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def builtin_ids() -> list[str]:
    """The ids of the packs that ship with safepost (the hidden base pack excluded)."""
    return sorted(p.stem for p in BUILTIN_DIR.glob("*.yaml") if not p.stem.startswith("_"))


def _read_yaml(path: Path) -> tuple[dict[str, Any], yaml.Node | None]:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise PackError(f"{path}: no such pack file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise PackError(f"{path}: cannot read the pack file ({e.__class__.__name__})") from None
    try:
        node = yaml.compose(raw, Loader=_LOADER)
        data = yaml.load(raw, Loader=_LOADER)  # noqa: S506 (a safe loader: plain data only)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise PackError(f"{path}{where}: not valid YAML ({problem})") from None
    if not isinstance(data, dict):
        raise PackError(f"{path}: a pack must be a YAML mapping with id, name, clauses and rules")
    return data, node


def _line_of(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """The 1-based line of the YAML node at `loc` (or of its nearest parent that exists)."""
    line = None
    for key in loc:
        if node is None:
            break
        line = node.start_mark.line + 1
        nxt = None
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == str(key):
                    nxt = v if not isinstance(v, yaml.ScalarNode) else v
                    line = k.start_mark.line + 1
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            nxt = node.value[key]
            line = nxt.start_mark.line + 1
        node = nxt
    return line


def _merge_by_id(parent: list[dict], child: list[dict], child_first: bool) -> list[dict]:
    """Items with a parent's id replace it in place; new items go after (or before) the parent's."""
    by_id = {c.get("id"): c for c in child if isinstance(c, dict)}
    merged = [by_id.pop(p.get("id"), p) for p in parent]
    new = [c for c in child if isinstance(c, dict) and c.get("id") in by_id]
    return new + merged if child_first else merged + new


def _deep_merge(parent: dict, child: dict) -> dict:
    out = copy.deepcopy(parent)
    for k, v in child.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _deep_merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out


def _merge(parent: dict, child: dict) -> dict:
    out = _deep_merge({k: v for k, v in parent.items() if k not in ("clauses", "rules", "contact")},
                      {k: v for k, v in child.items()
                       if k not in ("clauses", "rules", "contact", "remove_rules", "extends")})
    out["clauses"] = _merge_by_id(parent.get("clauses", []), child.get("clauses", []), False)
    removed = set(child.get("remove_rules", []) or [])
    rules = _merge_by_id(parent.get("rules", []), child.get("rules", []), False)
    out["rules"] = [r for r in rules if r.get("id") not in removed]
    # Contact rules are read in order, first match decides: a school's own come first.
    contact = _merge_by_id(parent.get("contact", []), child.get("contact", []), True)
    out["contact"] = [r for r in contact if r.get("id") not in removed]
    out["extends"] = child.get("extends")
    return out


def _resolve(path: Path, seen: tuple[str, ...] = ()) -> tuple[dict, list[tuple[Path, yaml.Node | None]]]:
    data, node = _read_yaml(path)
    chain = [(path, node)]
    parent_id = data.get("extends")
    if parent_id is None:
        return data, chain
    if not isinstance(parent_id, str):
        raise PackError(f"{path}, line {_line_of(node, ('extends',))}: extends must be a pack id")
    if parent_id in seen:
        raise PackError(f"{path}: packs extend each other in a loop ({' -> '.join(seen + (parent_id,))})")
    parent_path = _path_for(parent_id, relative_to=path.parent)
    if parent_path is None:
        raise PackError(f"{path}, line {_line_of(node, ('extends',))}: extends {parent_id!r}, "
                        f"which is not a built-in pack ({', '.join(builtin_ids())}) nor a file beside it")
    pdata, pchain = _resolve(parent_path, seen + (parent_id,))
    return _merge(pdata, data), chain + pchain


def _path_for(ref: str, relative_to: Path | None = None) -> Path | None:
    cand = BUILTIN_DIR / f"{ref}.yaml"
    if cand.is_file():
        return cand
    for base in ([relative_to] if relative_to else []) + [Path.cwd()]:
        for p in (base / ref, base / f"{ref}.yaml"):
            if p.is_file():
                return p
    return None


def _locate_list_item(chain: list[tuple[Path, yaml.Node | None]], data: dict,
                      loc: tuple[Any, ...]) -> str | None:
    """Where a clause, rule or contact rule of the merged pack is written, found by its id.

    After `extends:` merging, the item's index in the merged list is not its index in any
    one file (the base's rules come first), so the index alone would point at the wrong line.
    """
    if len(loc) < 2 or loc[0] not in ("clauses", "rules", "contact") or not isinstance(loc[1], int):
        return None
    items = data.get(loc[0]) or []
    item = items[loc[1]] if loc[1] < len(items) else None
    if not isinstance(item, dict) or "id" not in item:
        return None
    for p, node in chain:
        seq = None
        if isinstance(node, yaml.MappingNode):
            seq = next((v for k, v in node.value if k.value == loc[0]), None)
        if not isinstance(seq, yaml.SequenceNode):
            continue
        for j, it in enumerate(seq.value):
            if isinstance(it, yaml.MappingNode) and any(
                    k.value == "id" and isinstance(v, yaml.ScalarNode) and v.value == str(item["id"])
                    for k, v in it.value):
                return f"{p}, line {_line_of(node, (loc[0], j) + tuple(loc[2:]))}"
    return None


def _format_validation(e: ValidationError, chain: list[tuple[Path, yaml.Node | None]],
                       data: dict | None = None) -> str:
    msgs = []
    for err in e.errors()[:3]:
        loc = tuple(x for x in err["loc"] if not (isinstance(x, str) and x.startswith("function-after")))
        field = ".".join(str(x) for x in loc) or "(top level)"
        where = str(chain[0][0])
        found = _locate_list_item(chain, data or {}, loc)
        for p, node in ([] if found else chain):  # the file that actually holds this field
            line = _line_of(node, loc)
            if line is not None and _has_path(node, loc[:1]):
                where = f"{p}, line {line}"
                break
        if found:
            where = found
        text = err["msg"]
        if err["type"] == "extra_forbidden":
            text = f"unknown field {loc[-1]!r} (is it a typo?)"
        elif err["type"] == "missing":
            text = "this field is required"
        msgs.append(f"{where}: field {field}: {text}")
    more = len(e.errors()) - 3
    return "; ".join(msgs) + (f" (and {more} more problems)" if more > 0 else "")


def _has_path(node: yaml.Node | None, loc: tuple[Any, ...]) -> bool:
    if not loc:
        return True
    if isinstance(node, yaml.MappingNode):
        return any(k.value == str(loc[0]) for k, _ in node.value)
    return False


def load_pack_file(path: str | Path) -> Pack:
    """Load a pack from a YAML file, resolving `extends:`; raise PackError naming file, line and field."""
    path = Path(path)
    data, chain = _resolve(path)
    data.pop("remove_rules", None)
    try:
        pack = Pack.model_validate(data)
    except ValidationError as e:
        raise PackError(_format_validation(e, chain, data)) from None
    probs = pack.check_references()
    if probs:
        raise PackError(f"{path}: " + "; ".join(probs[:3]))
    return pack


@lru_cache(maxsize=64)
def _load_cached(ref: str) -> Pack:
    path = _path_for(ref)
    if path is None:
        known = ", ".join(builtin_ids())
        raise PackError(f"unknown policy pack {ref!r}: use one of {known}, or the path of a pack file")
    return load_pack_file(path)


def load_pack(ref: str | Path) -> Pack:
    """A pack by built-in id (e.g. 'newport-cejs') or by file path."""
    if isinstance(ref, Path):
        return load_pack_file(ref)
    return _load_cached(str(ref))
