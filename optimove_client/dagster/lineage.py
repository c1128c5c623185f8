"""OptimoveDltTranslator: the assets of the dlt source's tables, each depending on the table it is loaded
from, as the source loads them.

dagster-dlt's own translator makes every table depend on an asset outside the graph, named after the
table or its first parent (optimove_loaded_dates): the lineage in Dagster would stop there. Here a
per-date table depends on its parent table's asset (loaded_dates -> executed_campaigns ->
target_group_actions -> action_customers, ...), and the reference tables and the dates table on nothing.
"""

from __future__ import annotations

import dataclasses

from dagster import AssetSpec
from dagster_dlt import DagsterDltTranslator
from dagster_dlt.translator import DltResourceTranslatorData
from dlt.extract import DltSource

from optimove_client.dlt import TABLES

# Each loaded table's parent, from the source's own description of its tables.
PARENTS = {table.name: table.parent for table in TABLES if table.parent is not None}


@dataclasses.dataclass
class OptimoveDltTranslator(DagsterDltTranslator):
    """dagster-dlt's translator (asset keys dlt_optimove_<table>, descriptions, kinds), with each table's
    dependency on its parent table's asset. `source` is the one the assets are defined from."""

    source: DltSource

    def get_asset_spec(self, data: DltResourceTranslatorData) -> AssetSpec:
        spec = super().get_asset_spec(data)
        parent = PARENTS.get(data.resource.name)
        if parent is None or parent not in self.source.resources:
            return spec.replace_attributes(deps=[])
        upstream = DltResourceTranslatorData(resource=self.source.resources[parent], pipeline=data.pipeline)
        return spec.replace_attributes(deps=[self.get_asset_spec(upstream).key])
