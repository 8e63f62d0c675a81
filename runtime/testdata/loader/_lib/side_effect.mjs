console.log('side_effect ran');
