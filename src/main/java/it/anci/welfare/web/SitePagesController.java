package it.anci.welfare.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The legal pages every Italian public-sector site carries. */
@Controller
class SitePagesController {

	@GetMapping("/accessibilita")
	String accessibility() {
		return "web/accessibility";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "web/privacy";
	}

	@GetMapping("/note-legali")
	String legal() {
		return "web/legal";
	}

}
