"""Records built without validation, for the engine's own output.

The engine builds about forty records per document from offsets and values it computed itself, valid by
construction; pydantic's validation of each (a Python call per `Span` for its order check) cost about 5% of
the engine's time. `trusted(Model)(**fields)` gives the record validation would give — fields in declaration
order (the order they serialise in), defaults filled in (a fresh list per default factory), enumerations and
floats converted as validation converts them ("DATE" -> DateType.DATE, 1 -> 1.0), the same set of fields
given — for about two thirds of the cost. Input from outside (API requests, stored results) is validated as before.

Like `dataclasses`, it writes one small constructor per model: a keyword call is the fastest way to fill a
dict of known keys in Python.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from functools import cache
from types import NoneType, UnionType
from typing import Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


class _Unset:
    """The default of an optional field's parameter: tells a field left out from one given as its default."""


_UNSET = _Unset()


# BaseModel's own slot descriptors, called directly: a third faster than object.__setattr__, which looks each up
_SLOT_SETTERS = {
    f"set_{name.strip('_').removeprefix('pydantic_')}": BaseModel.__dict__[name].__set__
    for name in ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
}


@cache  # the cache is what the engine calls for every record: no Python frame of its own in front of it
def trusted(model: type[M]) -> Callable[..., M]:
    """A constructor of `model` records that skips validation: `trusted(Span)(start=0, end=4, text="Oslo")`.
    Only for values the engine computed itself."""
    params: list[str] = []
    values: list[str] = []
    optional: list[str] = []
    namespace: dict[str, Any] = {"model": model, "new": object.__new__, "UNSET": _UNSET, **_SLOT_SETTERS}
    for i, (name, field) in enumerate(model.model_fields.items()):
        value = name
        convert = _converter(field.annotation)
        if convert is not None:
            namespace[f"convert{i}"] = convert
            # a value of the type already (an enumeration member, a float) is what conversion would return
            value = f"{name} if {name} is None or {name}.__class__ is convert{i} else convert{i}({name})"
        if field.is_required():
            params.append(name)
        else:
            params.append(f"{name}=UNSET")
            optional.append(name)
            if field.default_factory is not None:
                namespace[f"default{i}"] = field.default_factory
                default = f"default{i}()"
            else:
                namespace[f"default{i}"] = field.default
                default = f"default{i}"
            value = f"{default} if {name} is UNSET else {value}"
        values.append(f"{name!r}: {value}")
    required = {name for name, field in model.model_fields.items() if field.is_required()}
    given = " ".join(f"\n    if {name} is not UNSET: given.add({name!r})" for name in optional)
    source = (
        f"def build(*, {', '.join(params)}):\n"
        f"    record = new(model)\n"
        f"    set_dict(record, {{{', '.join(values)}}})\n"
        f"    given = {required!r}{given}\n"
        f"    set_fields_set(record, given)\n"
        f"    set_extra(record, None)\n"
        f"    set_private(record, None)\n"
        f"    return record\n"
    )
    exec(source, namespace)  # noqa: S102 - source built above from the model's own field names
    return namespace["build"]


def _converter(annotation: Any) -> Callable[[Any], Any] | None:
    """What validation does to a value of this (optional) type that the engine may pass in another form."""
    if get_origin(annotation) in (Union, UnionType):
        args = [a for a in get_args(annotation) if a is not NoneType]
        if len(args) != 1:
            return None
        annotation = args[0]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation
    if annotation is float:
        return float
    return None
