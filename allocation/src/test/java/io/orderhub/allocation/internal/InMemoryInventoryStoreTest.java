package io.orderhub.allocation.internal;

import io.orderhub.allocation.spi.InventoryStore;
import io.orderhub.allocation.spi.InventoryStoreContract;

class InMemoryInventoryStoreTest extends InventoryStoreContract {
  @Override
  protected InventoryStore newStore() {
    return InventoryStore.inMemory();
  }
}
