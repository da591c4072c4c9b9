from .. import TOP
from ..helpers import shout
from . import leaf
MSG = shout(TOP) + " " + leaf.WORD
