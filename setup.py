"""Package list for setuptools; everything else is in pyproject.toml.

pyproject.toml alone cannot both discover the ``graph*`` packages and add
``graph.ontology_data``, which [tool.setuptools.package-dir] maps to the
top-level ``ontology/`` folder: without it the wheel ships no ontology.
"""

from setuptools import find_namespace_packages, setup

setup(packages=[*find_namespace_packages(include=["graph*"]), "graph.ontology_data"])
