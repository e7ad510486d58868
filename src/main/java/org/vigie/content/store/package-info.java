/**
 * The content's persistent model: entities, their repositories and the rules of
 * visibility.
 */
package org.vigie.content.store;
