package no.kommune.housingfirst.shared.web;

import no.kommune.housingfirst.shared.security.LoginProviders;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login form (Spring Security handles the POST), and a button for each identity
 * provider of the municipality's that is configured (docs/adr/0013).
 */
@Controller
class LoginController {

	private final LoginProviders providers;

	LoginController(LoginProviders providers) {
		this.providers = providers;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("providers", this.providers.all());
		return "login";
	}

}
