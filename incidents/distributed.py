"""Batch extraction on Dask: documents are split into partitions, workers extract incidents (each
worker loads the resolver index once), and the client writes the results to the store in
partition order, so the store ends up exactly as with the local engine.

A partition that fails is retried; if it still fails it is reported with the documents it held,
never dropped silently.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from .extract import Resolver, extract_incidents
from .ingest import IngestReport, check_published, iter_documents, store_document
from .record import Incident
from .storage import Store

PARTITION_SIZE = 200
_RESOLVERS: dict[str, Resolver] = {}  # per worker process: index path -> loaded Gazetteer


@dataclass
class PartitionResult:
    number: int
    incidents: list[list[Incident]]  # one list per document, in document order


def _resolver(index_path: str) -> Resolver:
    """The worker's resolver, loaded on first use and kept for every later article."""
    gaz = _RESOLVERS.get(index_path)
    if gaz is None:
        from gazetteer import Gazetteer

        gaz = _RESOLVERS[index_path] = Gazetteer(index_path)
    return gaz


def extract_partition(number: int, docs: list[tuple[str, str]], index_path: str) -> PartitionResult:
    """Pure work for one partition: (text, published) pairs -> incidents per document."""
    gaz = _resolver(index_path)
    return PartitionResult(number, [extract_incidents(text, published, gaz) for text, published in docs])


def ingest_dask(paths: list[str], store: Store, index_path: str, published: str | None = None,
                source: str | None = None, scheduler: str | None = None, workers: int = 2,
                partition_size: int = PARTITION_SIZE, progress: bool = True, retries: int = 2,
                channel: str | None = None) -> IngestReport:
    """Extract on a Dask cluster (``scheduler`` address, or a LocalCluster of ``workers``), store here."""
    from dask.distributed import Client, LocalCluster, as_completed
    from tqdm import tqdm

    report = IngestReport()
    docs = list(iter_documents(paths, check_published(published), report.errors, channel))
    parts = [docs[i:i + partition_size] for i in range(0, len(docs), partition_size)]
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        futures = [client.submit(extract_partition, n, [(d.text, d.published) for d in part], index_path,
                                 retries=retries, pure=False) for n, part in enumerate(parts)]
        results: dict[int, list[list[Incident]]] = {}
        with tqdm(total=len(docs), desc="ingest (dask)", unit=" docs", disable=not progress,
                  file=sys.stderr) as bar:
            for future in as_completed(futures):
                n = futures.index(future)
                try:
                    results[n] = future.result().incidents
                except Exception as exc:  # a partition that failed after its retries
                    first, last = parts[n][0].origin, parts[n][-1].origin
                    report.errors.append(f"partition {n} ({len(parts[n])} documents, {first} .. {last}) "
                                         f"failed after {retries} retries: {exc}")
                bar.update(len(parts[n]))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    for n, part in enumerate(parts):  # write in document order: the same store as the local engine
        for doc, incidents in zip(part, results.get(n, []), strict=False):
            store_document(report, store, doc, incidents, source)
    return report
