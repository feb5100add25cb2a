/** Complaints handled as cases (open, in progress, resolved, closed, reopened), and the revisits that follow up. */
package org.opencrm.domain.complaint;
