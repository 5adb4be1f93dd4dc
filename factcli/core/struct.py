"""Small record classes without the start-up cost of dataclasses.

`dataclasses` imports `inspect` and compiles each generated method with exec: about 20 ms
of a 100 ms lookup for factcli's two dozen classes. These decorators give the same
declarations (annotated fields, defaults, `field(default_factory=...)`) with one shared,
generic __init__/__eq__/__repr__, and type checkers see them as dataclasses (PEP 681).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar, dataclass_transform

    T = TypeVar("T")
else:
    def dataclass_transform(**_options: object) -> object:
        """A no-op stand-in for typing.dataclass_transform, which only type checkers read."""
        return lambda obj: obj

_MISSING = object()


class _Factory:
    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


def field(*, default_factory: Callable[[], Any]) -> Any:
    """A default made anew for each instance, as dataclasses.field(default_factory=...)."""
    return _Factory(default_factory)


def _fields(cls: type) -> tuple[tuple[str, ...], dict[str, Any]]:
    """The annotated field names of `cls` in order, and the defaults it gave (taken off the class)."""
    names = tuple(cls.__dict__.get("__annotations__", {}))  # noqa: RUF063 - inspect is what we avoid importing
    defaults = {}
    for name in names:
        if name in cls.__dict__:
            defaults[name] = cls.__dict__[name]
            delattr(cls, name)
    return names, defaults


def _build(cls: type[T], frozen: bool) -> type[T]:
    """`cls` with the generic __init__, __eq__, __lt__, __repr__ and __hash__ of a record (immutable when `frozen`)."""
    names, defaults = _fields(cls)

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) == len(names) and not kwargs:  # every field given in order: a cold build makes 400,000 so
            self.__dict__.update(zip(names, args))
            return
        if len(args) > len(names):
            raise TypeError(f"{cls.__name__} takes {len(names)} arguments, got {len(args)}")
        values = dict(zip(names, args))
        for key, value in kwargs.items():
            if key not in names or key in values:
                raise TypeError(f"{cls.__name__}: unexpected or repeated argument {key!r}")
            values[key] = value
        for name in names[len(args):]:
            if name not in values:
                default = defaults.get(name, _MISSING)
                if default is _MISSING:
                    raise TypeError(f"{cls.__name__} is missing argument {name!r}")
                values[name] = default.make() if isinstance(default, _Factory) else default
        self.__dict__.update(values)

    def astuple(self: Any) -> tuple[Any, ...]:
        """The instance's field values, in declaration order."""
        return tuple(self.__dict__[n] for n in names)

    def __eq__(self: Any, other: object) -> bool:
        return other.__class__ is self.__class__ and astuple(self) == astuple(other)

    def __lt__(self: Any, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return astuple(self) < astuple(other)

    def __repr__(self: Any) -> str:
        return f"{cls.__name__}({', '.join(f'{n}={self.__dict__[n]!r}' for n in names)})"

    methods: dict[str, Any] = {"__init__": __init__, "__eq__": __eq__, "__lt__": __lt__, "__repr__": __repr__}
    if frozen:
        def __setattr__(self: Any, name: str, value: Any) -> None:
            raise AttributeError(f"{cls.__name__} is immutable")

        methods.update(__setattr__=__setattr__, __delattr__=__setattr__, __hash__=lambda self: hash(astuple(self)))
    else:
        methods["__hash__"] = None
    for name, method in methods.items():
        setattr(cls, name, method)
    return cls


@dataclass_transform(frozen_default=True, eq_default=True, order_default=True, field_specifiers=(field,))
def record(cls: type[T]) -> type[T]:
    """An immutable, comparable, hashable record."""
    return _build(cls, frozen=True)


@dataclass_transform(eq_default=True, field_specifiers=(field,))
def mutable_record(cls: type[T]) -> type[T]:
    """A record whose fields may be reassigned."""
    return _build(cls, frozen=False)
