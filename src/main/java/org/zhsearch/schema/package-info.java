/**
 * The index schema both engines share: field names ({@link org.zhsearch.schema.Fields}) and the values derived for
 * them ({@link org.zhsearch.schema.FieldValues}). The embedded engine's storage ({@code index}) and the OpenSearch
 * engine each translate it; neither imports the other's storage. Imports nothing of ours but {@code api}.
 */
package org.zhsearch.schema;
