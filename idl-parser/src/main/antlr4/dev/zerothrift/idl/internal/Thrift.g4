/*
 * The Thrift IDL as the Apache compiler reads it, plus the legacy and fbthrift forms it rejects,
 * parsed here only so that SyntaxBuilder can reject them with a message naming what to use instead.
 * Headers and definitions may come in any order: SyntaxBuilder reports a header after a definition.
 */
grammar Thrift;

document : (header | definition | misplaced)* EOF ;

header
    : INCLUDE LITERAL separator?                                  # include
    | CPP_INCLUDE LITERAL separator?                              # cppInclude
    | NAMESPACE (nsScope=identifier | STAR) nsName=identifier annotations? separator? # namespace
    | LEGACY_NAMESPACE                                            # legacyNamespace
    | fbAnnotation* PACKAGE LITERAL? separator?                   # fbPackage
    ;

definition
    : fbAnnotation* fbDefinitionQualifier* (constDef | typedefDef | enumDef | senumDef | structDef | serviceDef | interactionDef)
    ;

misplaced : separator ;

constDef : CONST fieldType identifier '=' constValue separator? ;

typedefDef : TYPEDEF fieldType identifier annotations? separator? ;

enumDef : ENUM identifier '{' enumValue* '}' annotations? ;

enumValue : fbAnnotation* identifier ('=' integer)? annotations? separator? ;

senumDef : SENUM identifier '{' (LITERAL separator?)* '}' annotations? ;

structDef : kind=(STRUCT | UNION | EXCEPTION) identifier XSD_ALL? '{' field* '}' annotations? ;

field
    : fbAnnotation* (fieldId ':')? requiredness? fieldType REFERENCE? fieldName
      ('=' constValue)? XSD_OPTIONAL? XSD_NILLABLE? (XSD_ATTRS '{' field* '}')? annotations? separator?
    ;

fieldId : integer ;

requiredness : REQUIRED | OPTIONAL ;

serviceDef : SERVICE identifier (EXTENDS identifier)? '{' serviceMember* '}' annotations? ;

serviceMember : function | PERFORMS identifier separator? ;

interactionDef : INTERACTION identifier (EXTENDS identifier)? '{' serviceMember* '}' annotations? ;

function
    : fbAnnotation* fbQualifier* (ONEWAY | ASYNC)? functionType identifier '(' field* ')'
      (THROWS '(' field* ')')? annotations? separator?
    ;

fbQualifier : IDEMPOTENT | READONLY ;

fbDefinitionQualifier : SAFE | TRANSIENT | STATEFUL | PERMANENT | CLIENT | SERVER ;

functionType : VOID | responseType (',' responseType)* ;

responseType : streamType | fieldType ;

streamType : kind=(STREAM | SINK) '<' streamPart (',' streamPart)? '>' ;

streamPart : fieldType (THROWS '(' field* ')')? ;

fieldType
    : baseType annotations?                                                # baseFieldType
    | MAP cppType? '<' fieldType ',' fieldType '>' annotations?            # mapType
    | SET cppType? '<' fieldType '>' annotations?                          # setType
    | LIST cppType? '<' fieldType '>' cppType? annotations?                # listType
    | SLIST annotations?                                                   # slistType
    | identifier                                                           # namedType
    ;

cppType : CPP_TYPE LITERAL ;

baseType : BOOL | BYTE | I8 | I16 | I32 | I64 | DOUBLE | STRING | BINARY | UUID ;

constValue
    : integer                                                          # intConst
    | DOUBLE_LITERAL                                                   # doubleConst
    | LITERAL                                                          # stringConst
    | identifier                                                       # identConst
    | '[' (constValue separator?)* ']'                                 # listConst
    | '{' (constValue ':' constValue separator?)* '}'                  # mapConst
    | identifier '{' fbBalanced* '}'                                   # fbStructConst
    ;

integer : INT_LITERAL | HEX_LITERAL | TRUE | FALSE ;

annotations : '(' annotation* ')' ;

annotation : identifier ('=' LITERAL)? separator? ;

/* fbthrift structured annotation: parsed loosely, only to be reported. */
fbAnnotation : AT identifier ('{' fbBalanced* '}')? ;

fbBalanced : '{' fbBalanced* '}' | ~('{' | '}') ;

separator : ',' | ';' ;

/* Field names may be keywords, as in the Apache compiler. */
fieldName
    : identifier | NAMESPACE | CPP_INCLUDE | INCLUDE | VOID | BOOL | BYTE | I8 | I16 | I32 | I64
    | DOUBLE | STRING | BINARY | UUID | MAP | LIST | SET | ONEWAY | ASYNC | TYPEDEF | STRUCT
    | UNION | EXCEPTION | EXTENDS | THROWS | SERVICE | ENUM | CONST | REQUIRED | OPTIONAL
    ;

/* Words that are keywords only in fbthrift stay identifiers in Thrift. */
identifier
    : IDENTIFIER | PACKAGE | INTERACTION | PERFORMS | STREAM | SINK | IDEMPOTENT | READONLY
    | SAFE | TRANSIENT | STATEFUL | PERMANENT | CLIENT | SERVER
    ;

INCLUDE : 'include' ;
CPP_INCLUDE : 'cpp_include' ;
NAMESPACE : 'namespace' ;
CONST : 'const' ;
TYPEDEF : 'typedef' ;
ENUM : 'enum' ;
SENUM : 'senum' ;
STRUCT : 'struct' ;
UNION : 'union' ;
EXCEPTION : 'exception' ;
SERVICE : 'service' ;
EXTENDS : 'extends' ;
THROWS : 'throws' ;
ONEWAY : 'oneway' ;
ASYNC : 'async' ;
VOID : 'void' ;
REQUIRED : 'required' ;
OPTIONAL : 'optional' ;
BOOL : 'bool' ;
BYTE : 'byte' ;
I8 : 'i8' ;
I16 : 'i16' ;
I32 : 'i32' ;
I64 : 'i64' ;
DOUBLE : 'double' ;
STRING : 'string' ;
BINARY : 'binary' ;
UUID : 'uuid' ;
SLIST : 'slist' ;
MAP : 'map' ;
SET : 'set' ;
LIST : 'list' ;
TRUE : 'true' ;
FALSE : 'false' ;
CPP_TYPE : 'cpp_type' ;
XSD_ALL : 'xsd_all' ;
XSD_OPTIONAL : 'xsd_optional' ;
XSD_NILLABLE : 'xsd_nillable' ;
XSD_ATTRS : 'xsd_attrs' ;
PACKAGE : 'package' ;
INTERACTION : 'interaction' ;
PERFORMS : 'performs' ;
STREAM : 'stream' ;
SINK : 'sink' ;
IDEMPOTENT : 'idempotent' ;
READONLY : 'readonly' ;
SAFE : 'safe' ;
TRANSIENT : 'transient' ;
STATEFUL : 'stateful' ;
PERMANENT : 'permanent' ;
CLIENT : 'client' ;
SERVER : 'server' ;

/* The pre-namespace declarations: the whole line is one token, since their values (such as
   "smalltalk_category Thrift-Tutorial") need not be identifiers. A longer identifier
   (java_package_name) still lexes as an identifier. */
LEGACY_NAMESPACE
    : ( 'cpp_namespace' | 'java_package' | 'csharp_namespace' | 'delphi_namespace' | 'php_namespace'
      | 'py_module' | 'perl_package' | 'ruby_namespace' | 'smalltalk_category' | 'smalltalk_prefix'
      | 'xsd_namespace' | 'cocoa_prefix' ) ( [ \t] ~[\r\n]* )?
    ;

STAR : '*' ;
REFERENCE : '&' ;
AT : '@' ;
LBRACE : '{' ;
RBRACE : '}' ;

HEX_LITERAL : [+-]? '0x' [0-9A-Fa-f]+ ;
INT_LITERAL : [+-]? [0-9]+ ;
DOUBLE_LITERAL
    : [+-]? ( [0-9]* '.' [0-9]+ EXPONENT? | [0-9]+ EXPONENT ) ;
fragment EXPONENT : [eE] [+-]? [0-9]+ ;

IDENTIFIER : [a-zA-Z_] ( '.' [a-zA-Z_0-9] | [a-zA-Z_0-9] )* ;

/* Escapes and line breaks are checked by SyntaxBuilder, which can say what is wrong. */
LITERAL : '"' ( ~["\\] | '\\' . )* '"' | '\'' ( ~['\\] | '\\' . )* '\'' ;

EMPTY_COMMENT : '/*' '*'* '*/' -> skip ;
DOC_COMMENT : '/**' .*? '*/' -> channel(2) ;
BLOCK_COMMENT : '/*' .*? '*/' -> skip ;
LINE_COMMENT : '//' ~[\r\n]* -> skip ;
HASH_COMMENT : '#' ~[\r\n]* -> skip ;
WS : [ \t\r\n\f\u00A0\uFEFF]+ -> skip ;

UNTERMINATED_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF ;
UNTERMINATED_LITERAL : ( '"' ( ~["\\] | '\\' . )* | '\'' ( ~['\\] | '\\' . )* ) EOF ;
ANY : . ;
