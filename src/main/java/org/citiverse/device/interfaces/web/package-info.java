/** Device pages: for staff the fleet and refused device messages; for households their own devices. */
package org.citiverse.device.interfaces.web;
