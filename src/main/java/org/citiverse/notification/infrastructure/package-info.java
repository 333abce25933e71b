/** Visits in the database, and the schedule that expires unanswered rings and deletes old pictures. */
package org.citiverse.notification.infrastructure;
