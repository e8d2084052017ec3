// The shapes of English questions: open starts, polite requests, wrappers, tags, courtesies.

export const EN_OPEN_START = new RegExp(
  String.raw`^(?:what|what's|whats|how|how's|why|where|where's|when|which|who|who's|whom|whose|` +
    String.raw`to what (?:extent|degree)|in what (?:ways?|sense)|in which ways?|tell me|tell us|please (?:tell|describe|explain|share|walk|talk|give)|` +
    String.raw`describe|explain|walk me through|talk me through|take me through|share|` +
    String.raw`i(?:'d| would) love to (?:hear|know|learn)|i(?:'m| am) curious (?:about|how|what|why|to)|` +
    String.raw`i(?:'d| would) like to (?:hear|know|learn|understand)|i wonder(?:ed)? (?:how|what|why|where|which|who|when)|let's talk about|` +
    String.raw`(?:in|with|for|at|on|from|to|by|of|during|after|before|between|under)\s+(?:what|which|whom|whose|how))\b`,
  "u",
);
export const EN_POLITE_OPEN = new RegExp(
  String.raw`^(?:(?:could|can|would|will|might)\s+you(?:\s+be\s+(?:willing|able|open|comfortable|happy)\s+to)?|are\s+you\s+(?:willing|able|open|comfortable|happy)\s+to)\s+(?:please\s+)?(?:also\s+)?(?:briefly\s+)?` +
    String.raw`(?:tell|describe|explain|walk|talk|take|share|give|elaborate|expand|say\s+more|outline|paint|speak|comment|go\s+over|` +
    String.raw`help\s+me\s+understand|run\s+me\s+through|break\s+down|recount|summari[sz]e|list|name|offer|reflect)\b`,
  "u",
);
export const EN_MIND_OPEN =
  /^(?:would|do)\s+you\s+mind\s+(?:telling|sharing|explaining|describing|walking|talking|giving|going|saying)\b/u;
// Asking for a yes or a no without a question's shape is still asking for one: "Please tell me if
// travel is expected", "I'd like to know whether you work shifts", "I wonder whether…". ("I wonder
// how…" and "I'd like to know what…" invite a story: EN_OPEN_START keeps them open.)
export const EN_TELL_IF =
  /^(?:(?:could|can|would|will|might)\s+you\s+(?:please\s+)?(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?|(?:please\s+)?(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?|(?:do|did)\s+you\s+(?:happen\s+to\s+)?know\s+|i(?:'m| am| was)?\s+wonder(?:ing|ed)?\s+|i(?:'d| would)\s+(?:like|love|want)\s+to\s+(?:know|find\s+out|hear|ask)\s+|i\s+(?:want|wanted|need)\s+to\s+(?:know|ask)\s+|i(?:'m| am|'d be| would be)\s+(?:curious|interested)\s+(?:to\s+(?:know|hear)\s+)?)(?:if|whether)\s+(.+)$/du;
export const EN_THINK_THAT =
  /^(?:do|would|did)\s+you\s+(?:(?:think|believe|say)\s+(?:that\s+)?(?!about\b|of\b|in\b|so\b)|(?:feel|agree)\s+that\s+)(.+)$/du;
export const EN_TRUE_THAT =
  /^is\s+it\s+(?:true|right|correct|fair\s+to\s+say|accurate\s+to\s+say|the\s+case)\s+that\s+(.+)$/du;
export const EN_ASK_PERMISSION = /^(?:can|could|may)\s+i\s+(?:also\s+)?ask\s+(?:you\s+)?(.*)$/du;
export const EN_KNOW_PEOPLE =
  /^(?:do|would)\s+you\s+(?:happen\s+to\s+)?know\s+(?:of\s+)?(?:anyone|anybody|someone|somebody|any(?:\s+other)?\s+people|other\s+people|people)(\s+else)?\b\s*(.*)$/du;
export const EN_KNOW_OF =
  /^(?:do|would)\s+you\s+(?:happen\s+to\s+)?know\s+of\s+(?:any|some|a|an|good|other)\s+(.+)$/du;
export const EN_RECOMMEND =
  /^(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:recommend|suggest)|would\s+you\s+recommend)\s+(.+)$/du;
export const EN_IS_THERE_ANY =
  /^is\s+there\s+(anything|anyone|anybody|something|someone)(\s+else)?\b\s*(.*)$/du;
export const EN_TAG = new RegExp(
  String.raw`,\s*(?:(?:is|are|was|were|do|does|did|have|has|can|could|would|will|should)(?:n't)?\s+(?:it|they|you|he|she|we|there|that|i|this)` +
    String.raw`|right|correct|no|yes|eh|true|yeah|ok(?:ay)?|isn't that (?:so|right|true)|don't you think|wouldn't you say|wouldn't you agree|don't you agree` +
    String.raw`|would you agree|am i right|is that (?:right|correct|true|fair)|agreed)\s*$`,
  "du",
);
// "Which do you prefer, research or teaching?" offers a choice between named options.
export const EN_WHICH_CHOICE =
  /^which\s+(?:one\s+|of\s+(?:these|the\s+two|them|those)\s+)?(?:do|would|is|are|did|should|was|were)\b[^,:]*[,:]\s*[^,]+\bor\b[^,]+$/u;
export const EN_NEGATIVE_TAG = /(?:n't\s+\w+|don't you think|wouldn't you (?:say|agree))\s*$/u;
// Courtesies ("Do you mind if I take notes?") are closed in form but are not interview questions
// and need no rewrite.
export const EN_COURTESY =
  /^(?:(?:do|would)\s+you\s+mind\s+if|(?:is|would)\s+it\s+(?:be\s+)?(?:ok|okay|alright|all\s+right|fine)\s+(?:if|to)|may\s+i\s+(?:take\s+notes|record))\b/u;
export const EN_WH_ANYWHERE = /\b(?:what|how|why|where|when|which|who|whom)\b/u;
export const EN_FILLER =
  /^(?:(?:so|and|also|but|now|okay|ok|well|then|finally|lastly|first|next|oh|just)\b,?\s+)+/u;
// An introduction before the question: "As a nurse, do you…".
export const EN_INTRO =
  /^([^,]{3,60}),\s+(?=(?:do|does|did|is|are|was|were|can|could|would|will|should|have|has|may|might|what|how|why|where|when|which|who)\b)/u;
