"""`Annotated` dependency aliases: what a route needs, resolved once per request."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request

from api.auth import tenant_for
from api.queue import TaskQueue
from store import Settings, Store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_queue(request: Request) -> TaskQueue:
    return request.app.state.queue


def get_tenant(
    request: Request,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> str:
    return tenant_for(authorization, request.app.state.tenants_by_key)


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Store, Depends(get_store)]
QueueDep = Annotated[TaskQueue, Depends(get_queue)]
TenantDep = Annotated[str, Depends(get_tenant)]
