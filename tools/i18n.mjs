console.log( 'i18n placeholder' );
