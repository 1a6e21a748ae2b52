"""YAML loading that remembers where each mapping started (for ``file:line`` errors)."""

from __future__ import annotations

import yaml

from ..exc import InvalidInput

__all__ = ["LineDict", "load_yaml"]

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineDict(dict):
    """A mapping from a YAML file; ``line`` is where it starts, ``lines[key]`` where each key is."""

    __slots__ = ("line", "lines")

    def key_line(self, key) -> int:
        return self.lines.get(key, self.line)


class _Loader(_Base):  # type: ignore[misc, valid-type]
    pass


def _construct_mapping(loader, node, deep=False):
    loader.flatten_mapping(node)
    out = LineDict()
    out.line = node.start_mark.line + 1
    out.lines = {}
    for knode, vnode in node.value:
        key = loader.construct_object(knode, deep=True)
        try:
            hash(key)
        except TypeError:
            raise InvalidInput(f"a mapping key must be text, not {type(key).__name__}", line=knode.start_mark.line + 1) from None
        if key in out:
            raise InvalidInput(f"duplicate key {key!r}", line=knode.start_mark.line + 1)
        out[key] = loader.construct_object(vnode, deep=True)
        out.lines[key] = knode.start_mark.line + 1
    return out


def _construct_timestamp(loader, node):
    # Dates stay text (YYYY-MM-DD): the model validates them, and an impossible
    # date like 2015-02-30 is then refused with its line instead of crashing the loader.
    return loader.construct_scalar(node)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def load_yaml(text: str, source: str):
    """Parse one YAML document; syntax errors become :class:`InvalidInput` with the line."""
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except InvalidInput as e:
        raise InvalidInput(e.reason, source=source, line=e.line) from None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = " ".join(str(x) for x in (e.context, e.problem) if x) or "invalid YAML"
        raise InvalidInput(f"invalid YAML: {reason}", source=source, line=line) from None
    except yaml.reader.ReaderError as e:  # a character YAML forbids (control characters...), before parsing
        line = text.count("\n", 0, e.position) + 1 if isinstance(e.position, int) else None
        raise InvalidInput(f"invalid YAML: character #x{e.character:04x} is not allowed in YAML"
                           if isinstance(e.character, int) else f"invalid YAML: {e.reason}",
                           source=source, line=line) from None
    except yaml.YAMLError as e:
        raise InvalidInput("invalid YAML: " + " ".join(str(e).split()), source=source) from None
    except (ValueError, TypeError) as e:
        raise InvalidInput(f"invalid YAML: {e}", source=source) from None
    except RecursionError:
        raise InvalidInput("invalid YAML: nested too deeply", source=source) from None
