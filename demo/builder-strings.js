// The builder's own words in every language the elements ship; the attribute names and their
// help (from custom-elements.json) stay as the manifest writes them, since authors paste them.
export const STRINGS = {
  en: {
    title: 'Write a tag without writing it', intro: 'Pick an element, set it up with the fields or by using the preview, then copy the HTML.',
    element: 'Element', attributes: 'Attributes', preview: 'Preview', html: 'HTML to paste', loading: 'Loading code', copy: 'Copy', copied: 'Copied.',
    defaultValue: 'default', hide: 'hide', lock: 'lock', otherControls: 'Other controls',
    lesson: 'Lesson draft', addToLesson: 'Add to lesson', lessonHtml: 'Lesson HTML', up: 'Move up item', down: 'Move down item', remove: 'Delete item',
    choices: 'Choices', choice: 'Choice', feedback: 'Feedback for choice', correct: 'Correct: choice', correctShort: 'correct', addChoice: 'Add a choice', removeChoice: 'Remove choice',
    question: 'Question', explanation: 'Explanation', solutionText: 'Solution text', introText: 'Introduction',
    badHash: 'This builder link could not be read; the builder starts clean.', foreignHash: 'The page address holds no builder setup; the builder starts clean.',
  },
  de: {
    title: 'Ein Tag, ohne es zu schreiben', intro: 'Wähle ein Element, richte es mit den Feldern oder in der Vorschau ein und kopiere dann das HTML.',
    element: 'Element', attributes: 'Attribute', preview: 'Vorschau', html: 'HTML zum Einfügen', loading: 'Ladecode', copy: 'Kopieren', copied: 'Kopiert.',
    defaultValue: 'Standard', hide: 'ausblenden', lock: 'sperren', otherControls: 'Weitere Bedienelemente',
    lesson: 'Lektionsentwurf', addToLesson: 'Zur Lektion hinzufügen', lessonHtml: 'HTML der Lektion', up: 'Nach oben: Eintrag', down: 'Nach unten: Eintrag', remove: 'Löschen: Eintrag',
    choices: 'Antworten', choice: 'Antwort', feedback: 'Rückmeldung zu Antwort', correct: 'Richtig: Antwort', correctShort: 'richtig', addChoice: 'Antwort hinzufügen', removeChoice: 'Antwort entfernen',
    question: 'Frage', explanation: 'Erklärung', solutionText: 'Lösungstext', introText: 'Einleitung',
    badHash: 'Dieser Builder-Link ist nicht lesbar; der Builder beginnt leer.', foreignHash: 'Die Adresse enthält keine Builder-Einstellung; der Builder beginnt leer.',
  },
  es: {
    title: 'Escribe una etiqueta sin escribirla', intro: 'Elige un elemento, configúralo con los campos o usando la vista previa y copia el HTML.',
    element: 'Elemento', attributes: 'Atributos', preview: 'Vista previa', html: 'HTML para pegar', loading: 'Código de carga', copy: 'Copiar', copied: 'Copiado.',
    defaultValue: 'predeterminado', hide: 'ocultar', lock: 'bloquear', otherControls: 'Otros controles',
    lesson: 'Borrador de la lección', addToLesson: 'Añadir a la lección', lessonHtml: 'HTML de la lección', up: 'Subir elemento', down: 'Bajar elemento', remove: 'Eliminar elemento',
    choices: 'Opciones', choice: 'Opción', feedback: 'Comentario de la opción', correct: 'Correcta: opción', correctShort: 'correcta', addChoice: 'Añadir una opción', removeChoice: 'Quitar opción',
    question: 'Pregunta', explanation: 'Explicación', solutionText: 'Texto de la solución', introText: 'Introducción',
    badHash: 'No se pudo leer este enlace del generador; empieza en blanco.', foreignHash: 'La dirección no contiene una configuración del generador; empieza en blanco.',
  },
  fr: {
    title: 'Écrire une balise sans l’écrire', intro: 'Choisissez un élément, réglez-le avec les champs ou dans l’aperçu, puis copiez le HTML.',
    element: 'Élément', attributes: 'Attributs', preview: 'Aperçu', html: 'HTML à coller', loading: 'Code de chargement', copy: 'Copier', copied: 'Copié.',
    defaultValue: 'par défaut', hide: 'masquer', lock: 'verrouiller', otherControls: 'Autres commandes',
    lesson: 'Brouillon de leçon', addToLesson: 'Ajouter à la leçon', lessonHtml: 'HTML de la leçon', up: 'Monter l’élément', down: 'Descendre l’élément', remove: 'Supprimer l’élément',
    choices: 'Réponses', choice: 'Réponse', feedback: 'Retour pour la réponse', correct: 'Correcte : réponse', correctShort: 'correcte', addChoice: 'Ajouter une réponse', removeChoice: 'Retirer la réponse',
    question: 'Question', explanation: 'Explication', solutionText: 'Texte de la solution', introText: 'Introduction',
    badHash: 'Ce lien du générateur est illisible ; le générateur repart de zéro.', foreignHash: 'L’adresse ne contient aucun réglage du générateur ; il repart de zéro.',
  },
  ja: {
    title: 'タグを書かずにタグを作る', intro: '要素を選び、フィールドかプレビューで設定してから HTML をコピーします。',
    element: '要素', attributes: '属性', preview: 'プレビュー', html: '貼り付ける HTML', loading: '読み込みコード', copy: 'コピー', copied: 'コピーしました。',
    defaultValue: '既定', hide: '隠す', lock: 'ロック', otherControls: 'その他のコントロール',
    lesson: 'レッスンの下書き', addToLesson: 'レッスンに追加', lessonHtml: 'レッスンの HTML', up: '上へ移動: 項目', down: '下へ移動: 項目', remove: '削除: 項目',
    choices: '選択肢', choice: '選択肢', feedback: 'フィードバック: 選択肢', correct: '正解: 選択肢', correctShort: '正解', addChoice: '選択肢を追加', removeChoice: '選択肢を削除',
    question: '問題', explanation: '解説', solutionText: '解答の文', introText: '導入',
    badHash: 'このビルダーのリンクは読めません。空の状態から始めます。', foreignHash: 'アドレスにビルダーの設定がありません。空の状態から始めます。',
  },
};
