/** Interactions: the contacts of a relationship, by channel and direction, threaded by what they continue. */
package org.opencrm.domain.interaction;
