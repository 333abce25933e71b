/** {@code /api/v1/permit-rule-sets} (staff) and {@code /api/v1/permit-checks} (everyone). */
package org.citiverse.permit.interfaces.rest;
