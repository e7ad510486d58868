package org.vigie.identity.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.vigie.identity.audit.ChainHead;
import org.vigie.identity.audit.HashChainedAuditTrail;
import org.vigie.site.SiteProperties;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The head of the audit chain: shown, downloaded as one line to keep outside the server,
 * and checked later against the chain, which tells whether entries were cut from its end
 * or rewritten since the export.
 */
@Controller
class AuditHeadController {

	private final HashChainedAuditTrail trail;

	private final SiteProperties site;

	AuditHeadController(HashChainedAuditTrail trail, SiteProperties site) {
		this.trail = trail;
		this.site = site;
	}

	@GetMapping("/admin/audit/head")
	String head(@RequestParam(required = false) String check, Model model) {
		model.addAttribute("head", this.trail.head());
		model.addAttribute("zone", this.site.timeZone());
		if (check != null) {
			Optional<ChainHead> exported = ChainHead.parse(check);
			Long broken = this.trail.firstBrokenEntry().orElse(null);
			model.addAttribute("checked",
					exported
						.map((line) -> (broken != null) ? "broken" : this.trail.contains(line) ? "matches" : "missing")
						.orElse("invalid"));
			model.addAttribute("broken", broken);
		}
		return "identity/audit-head";
	}

	@GetMapping("/admin/audit/head.txt")
	ResponseEntity<String> download() {
		ChainHead head = this.trail.head();
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("audit-head-" + head.lastId() + ".txt").build().toString())
			.body(head.exported() + "\n");
	}

}
